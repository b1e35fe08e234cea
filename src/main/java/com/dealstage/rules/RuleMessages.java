package com.dealstage.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what Drools says about a refused file into a sentence for a process owner, pointing at the line where the
 * fault most likely is (the parser notices a missing {@code end} only at the next rule). What Drools said is kept as
 * the error's detail.
 */
final class RuleMessages {

    private static final Pattern STRICT = Pattern.compile("strict-mode: [\\w.]*?(\\w+)\\.(\\w+)\\(");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '(\\w+)'");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+[\\w.]*?(\\w+)\\s*;");
    private static final Pattern PARSE = Pattern.compile(
            "Line (\\d+):\\d+ (?:mismatched input|no viable alternative at input|extraneous input|missing \\S+ at) "
                    + "'([^']*)'(?:.*? in rule \"([^\"]+)\")?");

    private RuleMessages() {
    }

    /** Every error of {@code dir}'s files in words; a file that cannot be read keeps Drools' message. */
    static List<RuleError> forPeople(Path dir, List<RuleError> errors) {
        Map<String, String> texts = new HashMap<>();
        List<String> unknownTypeFiles = errors.stream().filter(e -> OBJECT_TYPE.matcher(e.message()).find())
                .map(RuleError::file).toList();
        return errors.stream()
                // a rule whose fact is unknown cannot use its binding either: Drools says so once more, in Java terms
                .filter(e -> !(unknownTypeFiles.contains(e.file()) && e.message().startsWith("Rule Compilation error")))
                .map(error -> forPeople(error, texts.computeIfAbsent(error.file(), f -> read(dir, f))))
                .toList();
    }

    /** One line for the log: file, line and sentence of each error. */
    static String summary(List<RuleError> errors) {
        return errors.stream().map(error -> error.file() + " line " + error.line() + ": " + error.message())
                .collect(Collectors.joining("; "));
    }

    static RuleError forPeople(RuleError error, String drl) {
        if (drl == null || error.detail() != null) {
            return error;
        }
        String raw = error.message();
        Matcher strict = STRICT.matcher(raw);
        if (strict.find()) {
            return unknownCheck(error, strict.group(1), strict.group(2), drl);
        }
        Matcher type = OBJECT_TYPE.matcher(raw);
        if (type.find()) {
            return unknownType(error, type.group(1), drl);
        }
        Matcher parse = PARSE.matcher(raw);
        if (parse.find()) {
            DrlText text = new DrlText(drl);
            int line = Integer.parseInt(parse.group(1));
            String rule = parse.group(3);
            return rule == null ? unreadable(error, line, parse.group(2)) : inRule(error, text, rule, line, parse.group(2));
        }
        return error;
    }

    private static RuleError inRule(RuleError error, DrlText text, String rule, int line, String token) {
        int start = text.ruleLine(rule);
        if (start > 0 && !text.blockHas(start, "end")) {
            return new RuleError(error.file(), start, "Rule \"" + rule + "\" (line " + start + ") has no 'end': every "
                    + "rule closes with a line 'end' after its actions.", error.message());
        }
        if (start > 0 && !text.blockHas(start, "then")) {
            int typo = text.bareWordBetween(start + 1, line);
            int at = typo > 0 ? typo : start;
            return new RuleError(error.file(), at, "Rule \"" + rule + "\" has no 'then'" + (typo > 0 ? ": line " + typo
                    + " reads '" + text.line(typo).trim() + "'" : "") + ". The conditions end with a line 'then', "
                    + "followed by the actions.", error.message());
        }
        return new RuleError(error.file(), line, "Line " + line + " of rule \"" + rule + "\" cannot be read at '"
                + token + "': look for a misspelt word, a missing bracket, comma or quote on this line or the one "
                + "before it.", error.message());
    }

    private static RuleError unreadable(RuleError error, int line, String token) {
        return new RuleError(error.file(), line, "Line " + line + " cannot be read at '" + token + "': look for a "
                + "misspelt word, a missing bracket, comma or quote on this line or the one before it.", error.message());
    }

    private static RuleError unknownCheck(RuleError error, String fact, String method, String drl) {
        List<String> checks = FactChecks.checksOf(fact);
        if (checks.isEmpty()) {
            return error;
        }
        int line = new DrlText(drl).lineOf(method + "(", error.line());
        String guess = FactChecks.guessable(fact).stream().filter(check -> FactChecks.distance(check, method) <= 2).findFirst()
                .map(check -> " Did you mean '" + check + "'?").orElse("");
        return new RuleError(error.file(), line > 0 ? line : error.line(), "There is no check '" + method + "' on a "
                + fact + "." + guess + " The checks that exist: " + String.join(", ", checks) + ".", error.message());
    }

    private static RuleError unknownType(RuleError error, String type, String drl) {
        List<String> known = new ArrayList<>(List.of("StageCompletion", "StageEntry"));
        Matcher imported = IMPORT.matcher(drl);
        while (imported.find()) {
            if (!known.contains(imported.group(1))) {
                known.add(imported.group(1));
            }
        }
        String guess = known.stream().filter(name -> FactChecks.distance(name, type) <= 2).findFirst()
                .map(name -> " Did you mean '" + name + "'?").orElse("");
        return new RuleError(error.file(), error.line(), "There is no fact '" + type + "' (line " + error.line()
                + ")." + guess + " Facts this file can use: " + String.join(", ", known) + " (a fact of another module "
                + "needs an import line at the top of the file).", error.message());
    }

    private static String read(Path dir, String file) {
        try {
            Path path = dir.resolve(file);
            return file.endsWith(".drl") && Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8)
                    : null;
        }
        catch (IOException | RuntimeException ex) {
            return null; // the message stays as Drools wrote it
        }
    }
}

package com.dealstage.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/** Reads {@link RuleReferences} from DRL text, as {@link RuleFields} reads the fields (same patterns, with lines). */
final class RuleReferencesReader {

    private static final Pattern STAGE = Pattern.compile("\\bstage\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("\\b[a-zA-Z]+\\(\\s*\"([A-Za-z_][A-Za-z0-9_]*)\"");
    private static final Pattern REASONS = Pattern.compile("isOneOf\\(\\s*\"rejectionReason\"\\s*,([^)]*)\\)");
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern PASSED = Pattern.compile("\\bpassed(?:With)?\\(\\s*\"([A-Za-z_][A-Za-z0-9_]*)\"");
    /** How far below a pattern's first line its constraints may reach. */
    private static final int PATTERN_LINES = 15;

    private RuleReferencesReader() {
    }

    static RuleReferences read(Path rulesDir, List<String> files) {
        Map<String, String> texts = new LinkedHashMap<>();
        files.forEach(file -> texts.put(file, read(rulesDir.resolve(file))));
        List<RuleReferences.StageReference> stages = new ArrayList<>();
        List<RuleReferences.RejectionCode> codes = new ArrayList<>();
        texts.forEach((file, drl) -> {
            DrlText text = new DrlText(drl);
            for (RuleDescr rule : parse(drl).getRules()) {
                collect(rule.getLhs(), file, text, stages);
            }
            rejectionCodes(file, drl, texts, codes);
        });
        return new RuleReferences(stages, codes);
    }

    /** The codes of every {@code isOneOf("rejectionReason", ...)}, and whether another rule file names each. */
    private static void rejectionCodes(String file, String drl, Map<String, String> texts,
            List<RuleReferences.RejectionCode> out) {
        DrlText text = new DrlText(drl);
        Matcher list = REASONS.matcher(drl);
        while (list.find()) {
            Matcher code = CODE.matcher(list.group(1));
            while (code.find()) {
                String quoted = "\"" + code.group(1) + "\"";
                boolean elsewhere = texts.entrySet().stream().anyMatch(other -> !other.getKey().equals(file)
                        && new DrlText(other.getValue()).lineOf(quoted, 1) > 0);
                int line = text.lineOf(quoted, lineAt(drl, list.start()));
                out.add(new RuleReferences.RejectionCode(code.group(1), file, line, elsewhere));
            }
        }
    }

    private static int lineAt(String drl, int offset) {
        return (int) drl.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static void collect(BaseDescr descr, String file, DrlText text, List<RuleReferences.StageReference> out) {
        if (descr instanceof PatternDescr pattern) {
            String type = pattern.getObjectType();
            boolean completion = type.endsWith("StageCompletion");
            if (!completion && !type.endsWith("StageEntry")) {
                return;
            }
            String constraints = pattern.getConstraint().getDescrs().stream().map(Object::toString)
                    .reduce("", (a, b) -> a + " " + b);
            int line = Math.max(pattern.getLine(), 1);
            Matcher stage = STAGE.matcher(constraints);
            if (stage.find()) {
                RuleReferences.Kind kind = completion ? RuleReferences.Kind.COMPLETION : RuleReferences.Kind.ENTRY;
                out.add(new RuleReferences.StageReference(kind, stage.group(1), file,
                        near(text, "\"" + stage.group(1) + "\"", line), completion ? fields(constraints, text, line)
                                : List.of()));
            }
            if (!completion) {
                Matcher passed = PASSED.matcher(constraints);
                while (passed.find()) {
                    out.add(new RuleReferences.StageReference(RuleReferences.Kind.PASSED, passed.group(1), file,
                            near(text, "\"" + passed.group(1) + "\"", line), List.of()));
                }
            }
        }
        else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> collect((BaseDescr) child, file, text, out));
        }
    }

    private static List<RuleReferences.FieldReference> fields(String constraints, DrlText text, int line) {
        List<RuleReferences.FieldReference> fields = new ArrayList<>();
        Matcher field = FIELD.matcher(constraints);
        while (field.find()) {
            fields.add(new RuleReferences.FieldReference(field.group(1), near(text, "\"" + field.group(1) + "\"", line)));
        }
        return fields;
    }

    /** The line at or below the pattern's first line that holds {@code quoted}; the pattern's line if none does. */
    private static int near(DrlText text, String quoted, int line) {
        for (int number = line; number < line + PATTERN_LINES; number++) {
            if (text.line(number).contains(quoted)) {
                return number;
            }
        }
        return line;
    }

    private static PackageDescr parse(String drl) {
        try {
            PackageDescr descr = new DrlParser(LanguageLevelOption.DRL6).parse(false, drl);
            return descr == null ? new PackageDescr() : descr;
        }
        catch (DroolsParserException ex) {
            return new PackageDescr(); // read only after the file compiled; never here in practice
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

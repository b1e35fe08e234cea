package com.dealstage.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * Which fields the completion rules name for each stage: a stage accepts these (with its form's fields), so a
 * stage a process owner adds with rules and no form still knows its own data. Read from the DRL text: the stage
 * is the {@code stage == "..."} constraint of a {@code StageCompletion} pattern, the fields are the first string
 * argument of the checks ({@code has("contactName")}). Rules without a stage constraint name fields of every stage.
 */
final class RuleFields {

    static final String ANY_STAGE = "*";
    private static final Pattern STAGE = Pattern.compile("\\bstage\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("\\b[a-zA-Z]+\\(\\s*\"([A-Za-z_][A-Za-z0-9_]*)\"");

    private RuleFields() {
    }

    static Map<String, Set<String>> of(Path rulesDir, List<String> files) {
        Map<String, Set<String>> fields = new HashMap<>();
        for (String file : files) {
            for (RuleDescr rule : parse(read(rulesDir.resolve(file))).getRules()) {
                collect(rule.getLhs(), fields);
            }
        }
        fields.replaceAll((stage, names) -> Set.copyOf(names));
        return Map.copyOf(fields);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PackageDescr parse(String drl) {
        try {
            PackageDescr descr = new DrlParser(LanguageLevelOption.DRL6).parse(false, drl);
            return descr == null ? new PackageDescr() : descr;
        } catch (DroolsParserException e) {
            return new PackageDescr(); // the compiler reports the same file with its line
        }
    }

    private static void collect(BaseDescr descr, Map<String, Set<String>> fields) {
        if (descr instanceof PatternDescr pattern && pattern.getObjectType().endsWith("StageCompletion")) {
            String text = pattern.getConstraint().getDescrs().stream().map(Object::toString)
                    .reduce("", (a, b) -> a + " " + b);
            Matcher stage = STAGE.matcher(text);
            String key = stage.find() ? stage.group(1) : ANY_STAGE;
            Matcher field = FIELD.matcher(text);
            while (field.find()) {
                fields.computeIfAbsent(key, k -> new HashSet<>()).add(field.group(1));
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> collect((BaseDescr) child, fields));
        }
    }
}

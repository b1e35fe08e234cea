package com.dealstage.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.kie.api.KieBase;

/**
 * Runs the examples next to the rules ({@code x.examples.yaml} beside {@code x.drl}) against a freshly compiled
 * rule base. A rule base is used only when every example holds and every rule of a DRL file that has examples is
 * named by at least one of them, so a new or changed rule cannot go live untested.
 */
final class RuleExamples {

    static final YAMLMapper MAPPER = YAMLMapper.builder().addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .build();

    /** One example and what went wrong with it (null when it holds). */
    record Outcome(Example example, String failure) {

        boolean holds() {
            return this.failure == null;
        }

        RuleError error() {
            return new RuleError(this.example.file(), this.example.line(),
                    "Example '" + this.example.name() + "' fails: " + this.failure);
        }

    }

    /** @param problems what is wrong besides failing examples: unreadable files, unknown rules, rules without one */
    record Verdict(List<Outcome> outcomes, List<RuleError> problems) {

        List<RuleError> errors() {
            List<RuleError> errors = new ArrayList<>(this.problems);
            this.outcomes.stream().filter(outcome -> !outcome.holds()).map(Outcome::error).forEach(errors::add);
            return errors;
        }

    }

    private RuleExamples() {
    }

    static Verdict verify(Path rulesDir, RuleCompiler.Compiled compiled) {
        List<Outcome> outcomes = new ArrayList<>();
        List<RuleError> problems = new ArrayList<>();
        for (String file : RuleFiles.examples(rulesDir)) {
            String drl = RuleFiles.drlOf(file);
            Set<String> rules = compiled.rulesByFile().get(drl);
            if (rules == null) {
                problems.add(new RuleError(file, 0, "There is no " + drl + " next to it: examples go beside their rules."));
                continue;
            }
            ExamplesReader reader = read(rulesDir, file, drl);
            problems.addAll(reader.errors());
            Set<String> named = new TreeSet<>();
            for (Example example : reader.examples()) {
                if (example.rule() != null && !rules.contains(example.rule())) {
                    problems.add(new RuleError(file, example.line(), "Example '" + example.name() + "' names rule "
                            + example.rule() + ", which is not in " + drl + ". Its rules: " + rules));
                    continue;
                }
                if (example.rule() != null) {
                    named.add(example.rule());
                }
                outcomes.add(new Outcome(example, failure(example, compiled.kieBase())));
            }
            for (String rule : rules) {
                if (!named.contains(rule) && reader.errors().isEmpty()) {
                    problems.add(new RuleError(file, 0, "Rule " + rule + " of " + drl + " has no example: add an "
                            + "input it must refuse (stage gates) or an input and the decision it must take."));
                }
            }
        }
        return new Verdict(outcomes, problems);
    }

    private static String failure(Example example, KieBase kieBase) {
        try {
            return example.failure(kieBase);
        }
        catch (RuntimeException ex) {
            // a rule whose consequence throws on this input is a failed example, not a crashed reload
            return "the rules failed on it: " + ex;
        }
    }

    private static ExamplesReader read(Path rulesDir, String file, String drl) {
        try (Reader text = Files.newBufferedReader(rulesDir.resolve(file), StandardCharsets.UTF_8)) {
            FactTypes types = new FactTypes(Files.readString(rulesDir.resolve(drl), StandardCharsets.UTF_8));
            return new ExamplesReader(file, YamlDocument.read(MAPPER, text), types, MAPPER).read();
        }
        catch (JsonProcessingException ex) {
            int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
            return unreadable(file, line, ex.getOriginalMessage().replaceAll("\\s+", " ").trim());
        }
        catch (IOException ex) {
            return unreadable(file, 0, "Cannot read it: " + ex);
        }
    }

    private static ExamplesReader unreadable(String file, int line, String message) {
        ExamplesReader reader = new ExamplesReader(file, null, null, MAPPER);
        reader.errors().add(new RuleError(file, line, message));
        return reader;
    }

}

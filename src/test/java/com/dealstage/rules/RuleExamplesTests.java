package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The build's side of "rules come with their examples": every example in rules/*.examples.yaml holds, every DRL
 * file has its examples file, and every rule is named by an example (every stage-gate rule by an input it must
 * refuse). The application runs the same examples whenever it (re)loads rules/.
 */
class RuleExamplesTests {

    private static final Path RULES = Path.of("rules");

    private static RuleCompiler.Compiled compiled;

    private static RuleExamples.Verdict verdict;

    @BeforeAll
    static void compileTheProjectsRules() {
        compiled = RuleCompiler.compile(RULES);
        assertThat(compiled.errors()).isEmpty();
        verdict = RuleExamples.verify(RULES, compiled);
    }

    @TestFactory
    Stream<DynamicNode> everyExampleHolds() {
        Map<String, List<RuleExamples.Outcome>> byFile = verdict.outcomes().stream()
            .collect(Collectors.groupingBy(outcome -> outcome.example().file(), TreeMap::new, Collectors.toList()));
        assertThat(byFile.keySet()).as("examples files found in rules/").isNotEmpty();
        return byFile.entrySet().stream().map(file -> dynamicContainer(file.getKey(), file.getValue().stream()
            .map(outcome -> dynamicTest("line " + outcome.example().line() + ": " + outcome.example().name(),
                    () -> assertThat(outcome.failure()).as(outcome.example().name()).isNull()))));
    }

    @Test
    void everyRuleFileHasItsExamplesFile() {
        for (String drl : RuleFiles.drl(RULES)) {
            String examples = drl.replaceFirst("\\.drl$", RuleFiles.EXAMPLES);
            assertThat(RULES.resolve(examples)).as("examples of " + drl).isRegularFile();
        }
    }

    @Test
    void everyRuleHasAnExampleAndEveryExampleItsRule() {
        assertThat(verdict.problems()).isEmpty();
        Set<String> named = verdict.outcomes().stream().map(outcome -> outcome.example().rule())
            .filter(rule -> rule != null).collect(Collectors.toSet());
        compiled.rulesByFile().forEach((drl, rules) -> assertThat(named).as(drl).containsAll(rules));
    }

    @Test
    void everyStageGateRuleHasAnInputItMustRefuse() {
        Set<String> refusing = verdict.outcomes().stream().map(RuleExamples.Outcome::example)
            .filter(example -> example instanceof GateExample && example.rule() != null)
            .map(Example::rule).collect(Collectors.toSet());
        Set<String> gateRules = compiled.rulesByFile().get("stage-gates.drl");
        assertThat(gateRules).hasSizeGreaterThan(40);
        assertThat(refusing).containsAll(gateRules);
    }

    @Test
    void everyStageOfTheDiagramsHasItsCompleteInput() throws Exception {
        Set<String> stages = verdict.outcomes().stream().map(RuleExamples.Outcome::example)
            .filter(GateExample.class::isInstance).map(example -> ((GateExample) example).stage())
            .collect(Collectors.toSet());
        for (String diagram : List.of("processes/deal-pipeline.bpmn", "processes/nps-survey.bpmn")) {
            for (String userTask : userTasks(Files.readString(Path.of(diagram)))) {
                assertThat(stages).as("a complete input of " + userTask + " in stage-gates.examples.yaml")
                    .contains(userTask);
            }
        }
    }

    @Test
    void theApplicationAcceptsTheseRulesWithTheirExamples() {
        assertThat(RuleEngine.fromDirectory(RULES).status().ok()).isTrue();
    }

    private static List<String> userTasks(String bpmn) {
        return java.util.regex.Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"").matcher(bpmn).results()
            .map(match -> match.group(1)).toList();
    }

}

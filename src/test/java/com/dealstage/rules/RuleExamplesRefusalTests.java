package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * A rule base that contradicts its own examples is refused like one that does not compile: the failing example
 * is named with file and line, and the previous rules stay in force. Works on a copy of the project's rules/.
 */
class RuleExamplesRefusalTests {

    private static final StageCompletion COLD_CALL_WITHOUT_POSITION = new StageCompletion("deal-pipeline", "coldCall",
            Map.of("contactName", "Ivan", "contactPhone", "1", "outcome", "CALL_AGAIN"));

    @TempDir
    Path rules;

    private RuleEngine engine;

    @BeforeEach
    void copyTheProjectsRules() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("rules"), this.rules);
        this.engine = RuleEngine.fromDirectory(this.rules);
    }

    @Test
    void ruleThatNoLongerRefusesItsExampleIsRefusedNamingTheExampleAndItsLine() throws IOException {
        // the process owner weakens a rule: a position of "-" would now do
        edit("stage-gates.drl", "!has(\"contactPosition\")", "contactPosition == null");
        edit("stage-gates.drl", "$c : StageCompletion( stage == \"coldCall\", contactPosition == null )",
                "$c : StageCompletion( stage == \"coldCall\", value(\"contactPosition\") == null )");

        RulesStatus status = this.engine.reload();

        assertThat(status.state()).isEqualTo(RulesStatus.FAILED_RELOAD);
        assertThat(status.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("stage-gates.examples.yaml");
            assertThat(error.line()).isEqualTo(lineOf("stage-gates.examples.yaml", "rule: ColdCallRequiresContactPosition"));
            assertThat(error.message()).contains("ColdCallRequiresContactPosition", "contactPosition", "did not fire");
        });
        assertThat(this.engine.check(COLD_CALL_WITHOUT_POSITION)).extracting(Violation::field)
            .as("the previous rules stay in force").containsExactly("contactPosition");
    }

    @Test
    void deletedRuleLeavesItsExampleWithoutRuleAndIsRefused() throws IOException {
        String drl = read("stage-gates.drl");
        int start = drl.indexOf("rule \"PaymentRequiresPaymentDocument\"");
        write("stage-gates.drl", drl.substring(0, start) + drl.substring(drl.indexOf("end\n", start) + 4));

        assertThat(this.engine.reload().errors()).extracting(RuleError::message)
            .anyMatch(message -> message.contains("names rule PaymentRequiresPaymentDocument, which is not in stage-gates.drl"));
    }

    @Test
    void newRuleWithoutAnExampleIsRefusedUntilItHasOne() throws IOException {
        append("stage-gates.drl", """

                rule "ContractRequiresSignatory"
                when
                    $c : StageCompletion( stage == "contract", !has("contractSignedBy") )
                then
                    insert(new Violation($c.stage(), "contractSignedBy", "Who signed the contract is required."));
                end
                """);
        assertThat(this.engine.reload().errors()).extracting(RuleError::message).anyMatch(message -> message
            .contains("Rule ContractRequiresSignatory of stage-gates.drl has no example"));

        edit("stage-gates.examples.yaml", "      invoiceAmount: 1100000\n",
                "      invoiceAmount: 1100000\n      contractSignedBy: Ivan Kuznetsov\n");
        edit("stage-gates.examples.yaml", "      - rule: ContractRequiresContractNumber\n", """
                      - rule: ContractRequiresSignatory
                        change: { contractSignedBy: null }
                        field: contractSignedBy
                      - rule: ContractRequiresContractNumber
                """);

        assertThat(this.engine.reload().errors()).isEmpty();
        assertThat(this.engine.check(new StageCompletion("deal-pipeline", "contract", Map.of())))
            .extracting(Violation::field).contains("contractSignedBy");
    }

    @Test
    void decisionOtherThanTheExpectedOneIsRefusedWithBothValues() throws IOException {
        edit("recontact.drl", "comeBackAfter(\"P75D\"", "comeBackAfter(\"P80D\"");

        assertThat(this.engine.reload().errors()).isNotEmpty().allSatisfy(error -> {
            assertThat(error.file()).isEqualTo("recontact.examples.yaml");
            assertThat(error.message()).contains("due: expected \"P75D\", was \"P80D\"");
        });
    }

    @Test
    void startupWithFailingExamplesStopsNamingTheExample() throws IOException {
        edit("repeat-sales.drl", "plusDays(30)", "plusDays(31)");

        assertThatThrownBy(() -> RuleEngine.fromDirectory(this.rules)).isInstanceOf(InvalidRulesException.class)
            .hasMessageContaining("fail their examples")
            .hasMessageContaining("repeat-sales.examples.yaml:" + lineOf("repeat-sales.examples.yaml",
                    "- example: a promoter is called sooner"))
            .hasMessageContaining("contactOn: expected \"2027-01-19\", was \"2027-01-20\"");
    }

    @Test
    void malformedExamplesAreReportedWithFileLineAndWhatIsExpected() throws IOException {
        write("surveys.examples.yaml", "examples:\n  - rule: ScoreInBetweenIsPassive\n    given: { NpsAnswer: { score: [ }\n");
        assertThat(this.engine.reload().errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("surveys.examples.yaml");
            assertThat(error.line()).isEqualTo(3);
        });

        write("surveys.examples.yaml", """
                examples:
                  - rule: ScoreInBetweenIsPassive
                    given: { NpsRating: { score: 7 } }
                    expect: { NpsClassification: { category: PASSIVE } }
                """);
        assertThat(this.engine.reload().errors()).extracting(RuleError::message)
            .anyMatch(message -> message.contains("Unknown type NpsRating") && message.contains("NpsAnswer"));

        write("surveys.examples.yaml", "- rule: ScoreInBetweenIsPassive\n");
        assertThat(this.engine.reload().errors()).extracting(RuleError::line, RuleError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "An examples file is a mapping of sections (examples, [StageCompletion, StageEntry])."));

        write("surveys.examples.yaml", "example:\n  - rule: ScoreInBetweenIsPassive\n");
        assertThat(this.engine.reload().errors()).extracting(RuleError::message).anyMatch(message -> message
            .startsWith("Unknown section 'example': use 'examples' (a list) or a gate fact [StageCompletion, StageEntry]"));

        write("surveys.examples.yaml", "StageCompletion:\n  npsCall:\n    refuses: []\n");
        assertThat(this.engine.reload().errors()).extracting(RuleError::line, RuleError::message)
            .contains(org.assertj.core.groups.Tuple.tuple(3, "'passes' is missing here; expected [process, passes, alsoPasses, refuses]."));
    }

    @Test
    void examplesWithoutTheirRuleFileAreRefused() throws IOException {
        write("renamed.examples.yaml", "examples: []\n");
        assertThat(this.engine.reload().errors()).extracting(RuleError::file, RuleError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("renamed.examples.yaml",
                        "There is no renamed.drl next to it: examples go beside their rules."));
    }

    @Test
    void editOfTheExamplesAloneIsPickedUpByTheWatcher() throws IOException {
        RuleFileWatcher watcher = new RuleFileWatcher(this.engine, Duration.ofMillis(50));
        watcher.start();
        try {
            edit("stage-gates.examples.yaml", "field: contactPosition", "field: contactName");
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(this.engine.status().errors()).extracting(RuleError::message)
                        .anyMatch(message -> message.contains("without naming field contactName")));
        }
        finally {
            watcher.stop();
        }
    }

    private int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(this.rules.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private void edit(String file, String from, String to) throws IOException {
        String text = read(file);
        assertThat(text).as(file).contains(from);
        write(file, text.replace(from, to));
    }

    private void append(String file, String text) throws IOException {
        write(file, read(file) + text);
    }

    private String read(String file) throws IOException {
        return Files.readString(this.rules.resolve(file));
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(this.rules.resolve(file), text);
    }

}

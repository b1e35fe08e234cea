package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is checked with the other rule files, without touching rules/ or the rules in force. */
class RuleValidationTests {

    private static final StageCompletion CONTRACT = new StageCompletion("deal-pipeline", "contract", Map.of());

    @TempDir
    Path rules;

    @Test
    void aGoodFileIsOkWithItsWarningsAndNothingIsInstalled() throws IOException {
        RuleEngine engine = engineOn(RuleSnapshotsTests.requires("contractNumber"));
        engine.refreshWarnings();

        RulesValidation validation = engine.validate("other.drl", RuleSnapshotsTests.requires("invoiceNumber")
                .replace("ContractRequires_", "AlsoRequires_").replace("\"contract\"", "\"contrakt\""));

        assertThat(validation.ok()).isTrue();
        assertThat(validation.file()).isEqualTo("other.drl");
        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("other.drl");
            assertThat(w.message()).contains("Stage 'contrakt'", "Did you mean 'contract'?");
        });
        assertThat(RuleFiles.drl(rules)).containsExactly("gates.drl");
        assertThat(engine.check(CONTRACT)).extracting(Violation::field).containsExactly("contractNumber");
    }

    @Test
    void aBrokenFileGetsSentencesAndTheRulesInForceStay() throws IOException {
        RuleEngine engine = engineOn(RuleSnapshotsTests.requires("contractNumber"));

        RulesValidation validation = engine.validate("gates.drl",
                RuleSnapshotsTests.requires("invoiceNumber").replace("has(", "hass("));

        assertThat(validation.ok()).isFalse();
        assertThat(validation.warnings()).isEmpty();
        assertThat(validation.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("gates.drl");
            assertThat(error.line()).isEqualTo(5);
            assertThat(error.message()).contains("no check 'hass'", "isOneOf");
        });
        assertThat(Files.readString(rules.resolve("gates.drl"))).contains("has(\"contractNumber\")");
        assertThat(engine.status().ok()).isTrue();
        assertThat(engine.check(CONTRACT)).extracting(Violation::field).containsExactly("contractNumber");
    }

    @Test
    void onlyDrlFilesOfTheRulesFolderAndARealBody() throws IOException {
        RuleEngine engine = engineOn(RuleSnapshotsTests.requires("contractNumber"));

        for (String bad : new String[] {null, "../x.drl", "/etc/x.drl", "notes.txt", "a/../../x.drl", ".drl"}) {
            assertThatThrownBy(() -> engine.validate(bad, "rule \"X\" when then end")).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".drl file of the rules folder");
        }
        assertThatThrownBy(() -> engine.validate("gates.drl", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("body");
        assertThat(engine.validate("sub/gates-2.drl", RuleSnapshotsTests.requires("x").replace("_x", "_y")).file())
                .isEqualTo("sub/gates-2.drl");
    }

    @Test
    void aCheckProblemIsReportedWhereItsCodeIsUsed() throws IOException {
        Files.writeString(rules.resolve("gates.drl"), """
                import com.dealstage.rules.StageCompletion;
                import com.dealstage.rules.Violation;
                rule "Reason"
                when
                    $c : StageCompletion( !isOneOf("rejectionReason", "NO_BUDGET",
                                                   "DELIVERY_TERMS") )
                then
                end
                """);
        RuleBaseChecks checks = new RuleBaseChecks(rules, List.of());

        assertThat(checks.locate("No plan for rejection reason DELIVERY_TERMS (stage coldCall)", List.of("gates.drl")))
                .isEqualTo(new RuleError("gates.drl", 6, "No plan for rejection reason DELIVERY_TERMS (stage coldCall)"));
        assertThat(checks.locate("Something else entirely", List.of("gates.drl")))
                .isEqualTo(new RuleError(rules.toString(), 0, "Something else entirely"));
    }

    private RuleEngine engineOn(String drl) throws IOException {
        Files.writeString(rules.resolve("gates.drl"), drl);
        List<DeployedStage> deployed = List.of(new DeployedStage("deal-pipeline", "deal-pipeline.bpmn", "contract",
                "userTask", null, null));
        return RuleEngine.start(new RuleEngine(rules, List.of(), RuleSnapshots.NONE,
                new RuleWarnings(new CrossCheck(Set.of(), Set.of()), () -> deployed)));
    }
}

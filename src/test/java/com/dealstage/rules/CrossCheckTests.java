package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules and diagrams checked against each other: each disagreement is a warning with file and line. */
class CrossCheckTests {

    private static final String GATES = """
            package gates;
            import com.dealstage.rules.StageCompletion;
            import com.dealstage.rules.StageEntry;
            import com.dealstage.rules.Violation;

            rule "DemoRequiresNotes"
            when
                $c : StageCompletion( stage == "Demo",
                                      !has("demoNotes") )
            then
                insert(new Violation($c.stage(), "demoNotes", "Notes are required."));
            end

            rule "ContractRequiresNumber"
            when
                $c : StageCompletion( stage == "contract", !has("contractNumber"), !has("contractNo") )
            then
                insert(new Violation($c.stage(), "contractNumber", "Contract number is required."));
            end

            rule "ContractEntry"
            when
                $e : StageEntry( stage == "contract", !passed("closng") )
            then
                insert(new Violation($e.stage(), "closing", "Closing first."));
            end
            """;

    private static final String SCORING = """
            package scoring;
            declare Lead
                score : int
            end
            rule "HighScore"
            when
                Lead( score > 5 )
            then
            end
            """;

    private static final CrossCheck CHECK = new CrossCheck(Set.of("deal-pipeline"), Set.of("paymentOverdue"));

    @TempDir
    Path rules;

    private final List<DeployedStage> deployed = List.of(
            new DeployedStage("deal-pipeline", "deal-pipeline.bpmn", "leadIntake", "startEvent", "leadIntake",
                    Set.of("companyName")),
            new DeployedStage("deal-pipeline", "deal-pipeline.bpmn", "demo", "userTask", "demo", Set.of("demoNotes")),
            new DeployedStage("deal-pipeline", "deal-pipeline.bpmn", "closing", "userTask", null, null),
            new DeployedStage("deal-pipeline", "deal-pipeline.bpmn", "contract", "userTask", "contract",
                    Set.of("contractNumber")),
            new DeployedStage("deal-pipeline", "deal-pipeline.bpmn", "paymentOverdue", "userTask", null, null),
            new DeployedStage("deal-pipeline", "deal-pipeline.bpmn", "planRecontact", "serviceTask", null, null),
            new DeployedStage("funnel-review", "funnel-review.bpmn", "funnelReview", "userTask", null, null));

    @Test
    void referencesCarryFileAndLineAndOtherFactsAreIgnored() throws IOException {
        RuleReferences references = read();

        assertThat(references.stages()).extracting(RuleReferences.StageReference::kind,
                RuleReferences.StageReference::stage, RuleReferences.StageReference::file,
                RuleReferences.StageReference::line).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RuleReferences.Kind.COMPLETION, "Demo", "gates.drl", 8),
                        org.assertj.core.groups.Tuple.tuple(RuleReferences.Kind.COMPLETION, "contract", "gates.drl", 16),
                        org.assertj.core.groups.Tuple.tuple(RuleReferences.Kind.ENTRY, "contract", "gates.drl", 23),
                        org.assertj.core.groups.Tuple.tuple(RuleReferences.Kind.PASSED, "closng", "gates.drl", 23));
        assertThat(references.stages().get(0).fields()).containsExactly(
                new RuleReferences.FieldReference("demoNotes", 9));
        assertThat(references.completionStages()).containsExactly("Demo", "contract");
    }

    @Test
    void aStageKeyNoDiagramHasIsReportedWithTheIdItMostLikelyMeant() throws IOException {
        List<RuleError> warnings = CHECK.warnings(read(), deployed);

        assertThat(warnings).filteredOn(w -> w.message().startsWith("Stage 'Demo' is named"))
                .singleElement().satisfies(w -> {
                    assertThat(w.file()).isEqualTo("gates.drl");
                    assertThat(w.line()).isEqualTo(8);
                    assertThat(w.message()).contains("Did you mean 'demo'?");
                });
        assertThat(warnings).filteredOn(w -> w.message().startsWith("Stage 'closng' is named"))
                .singleElement().satisfies(w -> assertThat(w.message()).contains("Did you mean 'closing'?"));
    }

    @Test
    void aUserTaskOfAGatedProcessWithoutCompletionRulesIsReported() throws IOException {
        List<RuleError> warnings = CHECK.warnings(read(), deployed);

        assertThat(warnings).filteredOn(w -> w.message().startsWith("User task"))
                .extracting(RuleError::message).as("demo (the rules say Demo) and closing; not the exempt "
                        + "paymentOverdue, the service task, nor another process's task")
                .containsExactly(
                        "User task 'demo' of deal-pipeline has no completion rules: it can be completed with nothing "
                                + "on record. Add its requirements to the rules (StageCompletion( stage == \"demo\", "
                                + "... )).",
                        "User task 'closing' of deal-pipeline has no completion rules: it can be completed with "
                                + "nothing on record. Add its requirements to the rules (StageCompletion( stage == "
                                + "\"closing\", ... )).");
        assertThat(warnings).filteredOn(w -> w.message().startsWith("User task")).allSatisfy(w ->
                assertThat(w.file()).isEqualTo("deal-pipeline.bpmn"));
    }

    @Test
    void aRequiredFieldTheFormDoesNotOfferIsReportedAtItsLine() throws IOException {
        List<RuleError> warnings = CHECK.warnings(read(), deployed);

        assertThat(warnings).filteredOn(w -> w.message().contains("requires field")).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("gates.drl");
            assertThat(w.line()).isEqualTo(16);
            assertThat(w.message()).startsWith("Stage 'contract' requires field 'contractNo', but its form 'contract' "
                    + "does not offer it");
        });
    }

    @Test
    void aRejectionReasonNoOtherRuleFileNamesIsReportedWhereItIsAccepted() throws IOException {
        Files.writeString(rules.resolve("gates.drl"), GATES.replace("rule \"ContractEntry\"", """
                rule "RejectionReasonIsKnown"
                when
                    $c : StageCompletion( isOneOf("outcome", "REJECTED"),
                        !isOneOf("rejectionReason", "NO_BUDGET",
                            "TOO_SLOW") )
                then
                    insert(new Violation($c.stage(), "rejectionReason", "Unknown reason."));
                end

                rule "ContractEntry\""""));
        Files.writeString(rules.resolve("recontact.drl"), "// plans\nrule \"NoBudget\" when eval(\"NO_BUDGET\" != null) then end\n"
                + "// \"TOO_SLOW\" is not planned yet\n");

        RuleReferences references = RuleReferencesReader.read(rules, List.of("gates.drl", "recontact.drl"));

        assertThat(references.rejectionCodes()).extracting(RuleReferences.RejectionCode::code,
                RuleReferences.RejectionCode::line, RuleReferences.RejectionCode::namedElsewhere).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NO_BUDGET", 24, true),
                        org.assertj.core.groups.Tuple.tuple("TOO_SLOW", 25, false));
        assertThat(CHECK.warnings(references, List.of())).as("rules alone, before any diagram is deployed")
                .singleElement().satisfies(w -> {
                    assertThat(w.file()).isEqualTo("gates.drl");
                    assertThat(w.line()).isEqualTo(25);
                    assertThat(w.message()).startsWith("Rejection reason TOO_SLOW is accepted here, but no other rule "
                            + "file names it");
                });
    }

    @Test
    void theShippedRulesPlanEveryReasonTheyAccept() {
        List<String> files = RuleFiles.drl(java.nio.file.Path.of("rules"));
        RuleReferences references = RuleReferencesReader.read(java.nio.file.Path.of("rules"), files);

        assertThat(references.rejectionCodes()).hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(code -> assertThat(code.namedElsewhere()).as(code.code()).isTrue());
    }

    @Test
    void nothingDeployedYetMeansNothingToCompare() throws IOException {
        assertThat(CHECK.warnings(read(), List.of())).isEmpty();
        assertThat(CrossCheck.guess("xyzzy", Set.of("demo"))).isEmpty();
    }

    @Test
    void warningsAreOffUntilEnabledAndAFailingSourceYieldsNone() throws IOException {
        RuleReferences references = read();
        RuleWarnings warnings = new RuleWarnings(CHECK, () -> deployed);
        RuleWarnings broken = new RuleWarnings(CHECK, () -> {
            throw new IllegalStateException("repository unreachable");
        });

        assertThat(warnings.of(references)).isEmpty();
        warnings.enable();
        broken.enable();
        assertThat(warnings.of(references)).isNotEmpty();
        assertThat(broken.of(references)).isEmpty();
    }

    @Test
    void theEngineShowsWarningsAfterADeploymentAndKeepsThemThroughARefusedReload() throws IOException {
        read();
        RuleEngine engine = RuleEngine.start(new RuleEngine(rules, List.of(), RuleSnapshots.NONE,
                new RuleWarnings(CHECK, () -> deployed)));
        assertThat(engine.status().warnings()).as("none before the first deployment").isEmpty();
        assertThat(engine.status().degraded()).isFalse();

        RulesStatus status = engine.refreshWarnings();

        assertThat(status.warnings()).isNotEmpty();
        assertThat(status.ok()).isTrue();
        assertThat(status.degraded()).isTrue();
        Files.writeString(rules.resolve("gates.drl"), "rule \"Broken\" when then");
        assertThat(engine.reload().warnings()).isEqualTo(status.warnings());
    }

    private RuleReferences read() throws IOException {
        Files.writeString(rules.resolve("gates.drl"), GATES);
        Files.writeString(rules.resolve("scoring.drl"), SCORING);
        return RuleReferencesReader.read(rules, List.of("gates.drl", "scoring.drl"));
    }
}

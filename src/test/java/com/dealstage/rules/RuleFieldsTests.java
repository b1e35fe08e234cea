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

/**
 * The fields a stage accepts when a process owner adds it with rules and no form: read from the DRL text of the
 * completion rules. A field the rules name is one the gate lets through for that stage; one they do not is refused
 * as "not a field of this stage".
 */
class RuleFieldsTests {

    @TempDir
    Path rules;

    @Test
    void aStagesFieldsAreTheOnesItsCompletionRulesCheck() throws IOException {
        write("site-survey.drl", rule("SiteSurveyNeedsFloorArea",
                "StageCompletion(stage == \"siteSurvey\", !isPositiveNumber(\"floorArea\"), !has(\"surveyor\"))"));

        assertThat(RuleFields.of(rules, List.of("site-survey.drl")))
                .isEqualTo(Map.of("siteSurvey", Set.of("floorArea", "surveyor")));
    }

    @Test
    void everyFileIsReadAndRulesWithoutAStageNameFieldsOfEveryStage() throws IOException {
        write("a.drl", rule("ContactNeedsPhone", "StageCompletion(stage == \"coldCall\", !has(\"contactPhone\"))"));
        write("b.drl", rule("EveryStageNeedsNoComment", "StageCompletion(has(\"comment\"))"));

        assertThat(RuleFields.of(rules, List.of("a.drl", "b.drl"))).isEqualTo(Map.of(
                "coldCall", Set.of("contactPhone"), RuleFields.ANY_STAGE, Set.of("comment")));
    }

    @Test
    void patternsInsideOrAndNotCountAndOtherFactsDoNot() throws IOException {
        write("nested.drl", rule("MeetingNeedsDateOrPlace",
                "( StageCompletion(stage == \"meeting\", !has(\"meetingDate\")) or "
                        + "not StageEntry(stage == \"meeting\", has(\"meetingPlace\")) )\n"
                        + "    StageCompletion(stage == \"meeting\", !has(\"meetingPlace\"))"));

        assertThat(RuleFields.of(rules, List.of("nested.drl")))
                .isEqualTo(Map.of("meeting", Set.of("meetingDate", "meetingPlace")));
    }

    @Test
    void aFileTheParserRefusesNamesNothingAndTheOthersStillCount() throws IOException {
        write("broken.drl", "package gates.broken\nrule \"Unfinished\" when StageCompletion(stage == \"x\", has(\"y\"");
        write("good.drl", rule("ProposalNeedsAmount", "StageCompletion(stage == \"proposal\", !has(\"amount\"))"));

        assertThat(RuleFields.of(rules, List.of("broken.drl", "good.drl")))
                .isEqualTo(Map.of("proposal", Set.of("amount")));
    }

    @Test
    void whatItReturnsCannotBeChangedByItsReaders() throws IOException {
        write("a.drl", rule("ContactNeedsPhone", "StageCompletion(stage == \"coldCall\", !has(\"contactPhone\"))"));
        Map<String, Set<String>> fields = RuleFields.of(rules, List.of("a.drl"));

        assertThatThrownBy(() -> fields.get("coldCall").add("anything")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fields.put("meeting", Set.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingFileIsAnErrorNotAnEmptyStage() {
        assertThatThrownBy(() -> RuleFields.of(rules, List.of("missing.drl")))
                .hasRootCauseInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    private void write(String file, String drl) throws IOException {
        Files.writeString(rules.resolve(file), drl);
    }

    private static String rule(String name, String when) {
        return """
                package gates.test
                import com.dealstage.rules.StageCompletion
                import com.dealstage.rules.StageEntry
                import com.dealstage.rules.Violation

                rule "%s"
                when
                    %s
                then
                    insert(new Violation("stage", "field", "sentence"));
                end
                """.formatted(name, when);
    }
}

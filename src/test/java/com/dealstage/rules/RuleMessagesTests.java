package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused rule file is explained in a sentence that points at the faulty line; Drools' text stays in detail. */
class RuleMessagesTests {

    private static final String RULES = """
            package gates;
            import com.dealstage.rules.StageCompletion;
            import com.dealstage.rules.Violation;

            rule "ContractRequiresNumber"
            when
                $c : StageCompletion( stage == "contract", !has("contractNumber") )
            then
                insert(new Violation($c.stage(), "contractNumber", "Contract number is required."));
            end

            rule "ContractRequiresDate"
            when
                $c : StageCompletion( stage == "contract", !has("contractDate") )
            then
                insert(new Violation($c.stage(), "contractDate", "Contract date is required."));
            end
            """;

    @TempDir
    Path rules;

    @Test
    void aMissingEndIsReportedAtTheRuleThatLacksIt() throws IOException {
        List<RuleError> errors = refused(RULES.replaceFirst("\nend\n", "\n"));

        assertThat(errors).first().satisfies(error -> {
            assertThat(error.file()).isEqualTo("gates.drl");
            assertThat(error.line()).as("the rule's own line, not where the parser noticed").isEqualTo(5);
            assertThat(error.message()).contains("\"ContractRequiresNumber\"", "no 'end'").doesNotContain("mismatched");
            assertThat(error.detail()).contains("mismatched input");
        });
    }

    @Test
    void aMisspeltThenIsReportedAtTheLineThatReadsIt() throws IOException {
        List<RuleError> errors = refused(RULES.replaceFirst("then", "thn"));

        assertThat(errors).first().satisfies(error -> {
            assertThat(error.line()).isEqualTo(8);
            assertThat(error.message()).contains("no 'then'", "line 8 reads 'thn'");
            assertThat(error.detail()).contains("mismatched input");
        });
    }

    @Test
    void anUnknownCheckNamesTheChecksThatExist() throws IOException {
        List<RuleError> errors = refused(RULES.replace("!has(\"contractDate\")", "!hass(\"contractDate\")"));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(14);
            assertThat(error.message()).contains("no check 'hass'", "Did you mean 'has'?", "has, isDate, isOneOf, "
                    + "isPositiveNumber, isText, isValidInn, isWholeNumberBetween").doesNotContain("strict-mode");
            assertThat(error.detail()).contains("strict-mode", "hass(java.lang.String)");
        });
    }

    @Test
    void aMisspeltFactIsNamedWithTheFactsTheFileCanUse() throws IOException {
        List<RuleError> errors = refused(RULES.replace("$c : StageCompletion( stage == \"contract\", !has(\"contractDate\")",
                "$c : StageCompletio( stage == \"contract\", !has(\"contractDate\")"));

        assertThat(errors).as("not also '$c cannot be resolved'").singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(14);
            assertThat(error.message()).contains("no fact 'StageCompletio'", "Did you mean 'StageCompletion'?",
                    "StageCompletion, StageEntry, Violation");
            assertThat(error.detail()).contains("Unable to resolve ObjectType");
        });
    }

    @Test
    void aMisspeltValueOfTheFactIsGuessed() throws IOException {
        List<RuleError> errors = refused(RULES.replace("stage == \"contract\", !has(\"contractDate\")",
                "stag() == \"contract\", !has(\"contractDate\")"));

        assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error.message()).doesNotContain("strict-mode"));
        assertThat(errors).anySatisfy(error -> assertThat(error.message()).contains("Did you mean 'stage'?"));
    }

    @Test
    void unreadableTextOutsideARuleIsTranslatedToo() {
        RuleError raw = new RuleError("gates.drl", 3, "[ERR 102] Line 3:0 mismatched input 'rul' expecting end of file");

        RuleError error = RuleMessages.forPeople(raw, "package gates;\n\nrul \"X\"\n");

        assertThat(error.line()).isEqualTo(3);
        assertThat(error.message()).startsWith("Line 3 cannot be read at 'rul'").doesNotContain("mismatched");
        assertThat(error.detail()).isEqualTo(raw.message());
    }

    @Test
    void aRuleWithItsKeywordsButABadLineIsPointedAtThatLine() {
        String drl = RULES.replace("!has(\"contractNumber\") )", "!has(\"contractNumber\") ) )");
        RuleError raw = new RuleError("gates.drl", 7, "[ERR 102] Line 7:70 mismatched input ')' in rule \"ContractRequiresNumber\"");

        RuleError error = RuleMessages.forPeople(raw, drl);

        assertThat(error.line()).isEqualTo(7);
        assertThat(error.message()).contains("Line 7 of rule \"ContractRequiresNumber\" cannot be read at ')'");
    }

    @Test
    void messagesWithoutDroolsJargonAndUnknownFactsStayAsTheyAre() {
        RuleError example = new RuleError("gates.examples.yaml", 4, "Example 'x' fails: contractNumber not refused");
        RuleError otherFact = new RuleError("gates.drl", 2,
                "[Error: unable to resolve method using strict-mode: com.dealstage.scoring.Lead.hass(java.lang.String)]");

        assertThat(RuleMessages.forPeople(example, RULES)).isSameAs(example);
        assertThat(RuleMessages.forPeople(otherFact, RULES)).isSameAs(otherFact);
        assertThat(RuleMessages.forPeople(example, null)).isSameAs(example);
    }

    @Test
    void theLogGetsOneLineForAllErrors() {
        assertThat(RuleMessages.summary(List.of(new RuleError("a.drl", 3, "One."), new RuleError("b.drl", 0, "Two."))))
                .isEqualTo("a.drl line 3: One.; b.drl line 0: Two.");
    }

    @Test
    void entryRulesHaveTheirOwnChecks() {
        assertThat(FactChecks.checksOf("StageEntry")).containsExactly("has", "passed", "passedWith",
                "passedWithOutcome");
        assertThat(FactChecks.distance("hass", "has")).isEqualTo(1);
        assertThat(FactChecks.distance("", "has")).isEqualTo(3);
        assertThat(FactChecks.distance("isDtae", "isDate")).isEqualTo(2);
    }

    private List<RuleError> refused(String drl) throws IOException {
        Files.writeString(rules.resolve("gates.drl"), drl);
        RuleLoader.Loaded loaded = new RuleLoader(List.of()).load(rules);
        assertThat(loaded.ok()).isFalse();
        return loaded.errors();
    }
}

package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding lines in a DRL file, for messages that point at the faulty line. */
class DrlTextTests {

    private static final String DRL = """
            // a comment naming "contractNumber"
            rule "A"
            when
            \tthen
            end
            rule "B" when
                StageCompletion( has("contractNumber") )
            thn
            end
            query "Q"
            end
            declare Lead
            end
            function int f() { return 1; }
            rule"C"
            """;

    private final DrlText text = new DrlText(DRL);

    @Test
    void rulesAreFoundByNameAndLinesOutsideTheFileAreEmpty() {
        assertThat(text.ruleLine("A")).isEqualTo(2);
        assertThat(text.ruleLine("B")).isEqualTo(6);
        assertThat(text.ruleLine("C")).isEqualTo(15);
        assertThat(text.ruleLine("Z")).isZero();
        assertThat(text.line(0)).isEmpty();
        assertThat(text.line(99)).isEmpty();
        assertThat(text.line(2)).isEqualTo("rule \"A\"");
    }

    @Test
    void aBlockEndsAtTheNextRuleQueryDeclareOrFunction() {
        assertThat(text.blockHas(2, "then")).as("a keyword indented with a tab").isTrue();
        assertThat(text.blockHas(2, "end")).isTrue();
        assertThat(text.blockHas(6, "then")).as("thn is no then, and the query starts another block").isFalse();
        assertThat(new DrlText("rule \"X\"\nwhen\nquery \"Q\"\nthen\nend").blockHas(1, "then")).isFalse();
        assertThat(new DrlText("rule \"X\"\nwhen\ndeclare T\nthen\nend").blockHas(1, "then")).isFalse();
        assertThat(new DrlText("rule \"X\"\nwhen\nfunction int f() {}\nthen\nend").blockHas(1, "then")).isFalse();
        assertThat(new DrlText("rule \"X\"\nwhen\nrule\"Y\"\nthen\nend").blockHas(1, "then")).isFalse();
        assertThat(new DrlText("rule \"X\"\nwhen\nthen x\nend").blockHas(1, "then")).isTrue();
        assertThat(new DrlText("rule \"X\"\nwhen\n").blockHas(1, "then")).isFalse();
    }

    @Test
    void aBareWordIsALikelyMisspeltKeyword() {
        assertThat(text.bareWordBetween(6, 9)).isEqualTo(8);
        assertThat(text.bareWordBetween(2, 5)).as("when, then and end are keywords").isZero();
        assertThat(text.bareWordBetween(0, 1)).isZero();
        assertThat(text.bareWordBetween(8, 99)).isEqualTo(8);
    }

    @Test
    void textIsFoundOutsideCommentsNearALineOrAnywhere() {
        assertThat(text.lineOf("\"contractNumber\"", 1)).as("not in the comment").isEqualTo(7);
        assertThat(text.lineOf("rule \"A\"", 5)).as("before the line when not after it").isEqualTo(2);
        assertThat(text.lineOf("nowhere", 1)).isZero();
        assertThat(text.lineOf("rule", 0)).isEqualTo(2);
    }

    @Test
    void snapshotsOfDifferentFilesHaveDifferentHashes() {
        Instant now = Instant.now();
        String ab = new RuleSnapshot(Map.of("a", "bc"), now).hash();

        assertThat(new RuleSnapshot(Map.of("ab", "c"), now).hash()).isNotEqualTo(ab);
        assertThat(new RuleSnapshot(Map.of("a", "b", "c", ""), now).hash()).isNotEqualTo(
                new RuleSnapshot(Map.of("a", "", "bc", ""), now).hash());
        assertThat(new RuleSnapshot(Map.of("a", "bc"), now.plusSeconds(5)).hash()).as("content only").isEqualTo(ab);
        assertThat(ab).hasSize(64);
    }
}

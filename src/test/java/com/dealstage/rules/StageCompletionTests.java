package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StageCompletionTests {

    @Test
    void missingNullAndBlankValuesAreAbsent() {
        Map<String, Object> values = new HashMap<>();
        values.put("nothing", null);
        values.put("blank", " ");
        values.put("zero", 0);
        StageCompletion completion = new StageCompletion("p", "s", values);
        assertThat(completion.has("missing")).isFalse();
        assertThat(completion.has("nothing")).isFalse();
        assertThat(completion.has("blank")).isFalse();
        assertThat(completion.has("zero")).isTrue();
        assertThat(completion.has(null)).isFalse();
    }

    @Test
    void nullValuesMapIsEmpty() {
        assertThat(new StageCompletion("p", "s", null).has("x")).isFalse();
    }

    @Test
    void positiveNumbersMayArriveAsNumbersOrText() {
        StageCompletion completion = of("a", 1, "b", 0.01, "c", " 12.5 ", "d", new BigDecimal("-1"), "e", "12 000",
                "f", Double.NaN);
        assertThat(completion.isPositiveNumber("a")).isTrue();
        assertThat(completion.isPositiveNumber("b")).isTrue();
        assertThat(completion.isPositiveNumber("c")).isTrue();
        assertThat(completion.isPositiveNumber("d")).isFalse();
        assertThat(completion.isPositiveNumber("e")).isFalse();
        assertThat(completion.isPositiveNumber("f")).isFalse();
    }

    @Test
    void wholeNumbersAcceptNoFraction() {
        StageCompletion completion = of("int", 10, "long", 0L, "short", (short) 5, "double", 7.0, "decimal",
                new BigDecimal("6.00"), "text", "3", "fraction", 7.5, "textFraction", "7.5");
        for (String whole : new String[] { "int", "long", "short", "double", "decimal", "text" }) {
            assertThat(completion.isWholeNumberBetween(whole, 0, 10)).as(whole).isTrue();
        }
        assertThat(completion.isWholeNumberBetween("fraction", 0, 10)).isFalse();
        assertThat(completion.isWholeNumberBetween("textFraction", 0, 10)).isFalse();
        assertThat(completion.isWholeNumberBetween("int", 0, 9)).isFalse();
    }

    @Test
    void datesAreDateObjectsOrIsoText() {
        StageCompletion completion = of("date", new Date(), "local", LocalDate.now(), "instant", Instant.now(), "iso",
                "2026-11-23", "isoTime", "2026-11-23T10:15:30", "isoOffset", "2026-11-23T10:15:30+03:00", "isoUtc",
                "2026-11-23T07:15:30Z", "russian", "23.11.2026", "invalid", "2026-02-30");
        for (String date : new String[] { "date", "local", "instant", "iso", "isoTime", "isoOffset", "isoUtc" }) {
            assertThat(completion.isDate(date)).as(date).isTrue();
        }
        assertThat(completion.isDate("russian")).isFalse();
        assertThat(completion.isDate("invalid")).isFalse();
        assertThat(completion.isDate("missing")).isFalse();
    }

    @Test
    void codesMatchExactly() {
        StageCompletion completion = of("outcome", "REJECTED");
        assertThat(completion.isOneOf("outcome", "AGREED", "REJECTED")).isTrue();
        assertThat(completion.isOneOf("outcome", "rejected")).isFalse();
        assertThat(completion.isOneOf("missing", "REJECTED")).isFalse();
    }

    private static StageCompletion of(Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return new StageCompletion("deal-pipeline", "stage", values);
    }

}

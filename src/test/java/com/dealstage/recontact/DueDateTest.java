package com.dealstage.recontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The due dates process owners can write in rules/recontact.drl. */
class DueDateTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant REJECTED_AT = Instant.parse("2026-01-31T07:00:00Z");

    @Test
    void periodCountsCalendarDaysAndMonthsInTheBusinessZone() {
        assertThat(DueDate.after(REJECTED_AT, "P75D", MOSCOW)).isEqualTo(Instant.parse("2026-04-16T07:00:00Z"));
        assertThat(DueDate.after(REJECTED_AT, "P1M", MOSCOW)).isEqualTo(Instant.parse("2026-02-28T07:00:00Z"));
    }

    @Test
    void durationWithATimePartCountsExactHours() {
        assertThat(DueDate.after(REJECTED_AT, "PT48H", MOSCOW)).isEqualTo(Instant.parse("2026-02-02T07:00:00Z"));
    }

    @Test
    void dateMeansTheStartOfThatDay() {
        assertThat(DueDate.after(REJECTED_AT, "2026-09-01", MOSCOW)).isEqualTo(Instant.parse("2026-08-31T21:00:00Z"));
    }

    @Test
    void somethingElseIsRefusedWithAnExplanation() {
        assertThatThrownBy(() -> DueDate.after(REJECTED_AT, "in two months", MOSCOW))
                .hasMessageContaining("in two months").hasMessageContaining("P75D");
        assertThatThrownBy(() -> DueDate.after(REJECTED_AT, null, MOSCOW)).hasMessageContaining("P75D");
    }

    @Test
    void aDueReadsAsWordsInTheManagersSentence() {
        assertThat(DueDate.inWords("P75D")).isEqualTo("75 days");
        assertThat(DueDate.inWords("P1M")).isEqualTo("1 month");
        assertThat(DueDate.inWords("P1Y6M")).isEqualTo("1 year and 6 months");
        assertThat(DueDate.inWords("PT48H")).isEqualTo("48 hours");
        assertThat(DueDate.inWords("2027-01-15")).isEqualTo("on 2027-01-15");
        assertThat(DueDate.inWords("in two months")).as("left as written").isEqualTo("in two months");
        assertThat(RecontactPlan.comeBackAfter("P4M", "Call.", "We call in {due}.").rationale())
                .isEqualTo("We call in 4 months.");
    }
}

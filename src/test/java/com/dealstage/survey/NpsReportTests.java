package com.dealstage.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NPS = % promoters - % detractors, passives in the denominator. */
class NpsReportTests {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @Test
    void passivesCountInTheDenominatorOnly() {
        NpsReport report = NpsReport.of(FROM, TO,
                Map.of(NpsCategory.PROMOTER, 5, NpsCategory.PASSIVE, 2, NpsCategory.DETRACTOR, 3));
        assertThat(report.answers()).isEqualTo(10);
        assertThat(report.promotersPercent()).isEqualTo(50.0);
        assertThat(report.detractorsPercent()).isEqualTo(30.0);
        assertThat(report.nps()).isEqualTo(20.0);
    }

    @Test
    void scoreRunsFromMinus100To100() {
        assertThat(NpsReport.of(FROM, TO, Map.of(NpsCategory.DETRACTOR, 4)).nps()).isEqualTo(-100.0);
        assertThat(NpsReport.of(FROM, TO, Map.of(NpsCategory.PROMOTER, 4)).nps()).isEqualTo(100.0);
    }

    @Test
    void percentagesAreRoundedToOneDecimal() {
        NpsReport report = NpsReport.of(FROM, TO, Map.of(NpsCategory.PROMOTER, 2, NpsCategory.PASSIVE, 1));
        assertThat(report.promotersPercent()).isEqualTo(66.7);
        assertThat(report.nps()).isEqualTo(66.7);
    }

    @Test
    void aPeriodWithoutAnswersHasAScoreOfZero() {
        NpsReport report = NpsReport.of(FROM, TO, Map.of());
        assertThat(report.answers()).isZero();
        assertThat(report.nps()).isZero();
    }
}

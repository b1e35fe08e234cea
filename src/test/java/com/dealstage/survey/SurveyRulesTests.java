package com.dealstage.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.rules.RuleEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/surveys.drl: when to survey, survey fatigue, classification of the score and its follow-up. */
class SurveyRulesTests {

    private static final LocalDate DELIVERED = LocalDate.of(2026, 12, 20);

    private static SurveyRules rules;

    @BeforeAll
    static void loadRules() {
        rules = new SurveyRules(RuleEngine.fromDirectory(Path.of("rules")));
    }

    @Test
    void aClientNeverSurveyedIsSurveyedThreeDaysAfterDelivery() {
        SurveyDecision decision = rules.plan(new Delivery("deal-1", DELIVERED), Optional.empty());
        assertThat(decision.survey()).isTrue();
        assertThat(decision.surveyOn()).isEqualTo(LocalDate.of(2026, 12, 23));
    }

    @Test
    void aSurvey89DaysBeforeTheDeliveryMeansNoSurvey() {
        SurveyDecision decision = rules.plan(new Delivery("deal-2", DELIVERED), previous(DELIVERED.minusDays(89)));
        assertThat(decision.survey()).isFalse();
        assertThat(decision.surveyOn()).isNull();
        assertThat(decision.reason()).contains("90 days");
    }

    @Test
    void aSurveyStillPlannedAfterTheDeliveryMeansNoSurvey() {
        assertThat(rules.plan(new Delivery("deal-3", DELIVERED), previous(DELIVERED.plusDays(2))).survey()).isFalse();
    }

    @Test
    void aSurvey90DaysBeforeTheDeliveryAllowsTheNextOne() {
        SurveyDecision decision = rules.plan(new Delivery("deal-4", DELIVERED), previous(DELIVERED.minusDays(90)));
        assertThat(decision.survey()).isTrue();
        assertThat(decision.surveyOn()).isEqualTo(LocalDate.of(2026, 12, 23));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ "0, DETRACTOR", "3, DETRACTOR", "6, DETRACTOR", "7, PASSIVE", "8, PASSIVE", "9, PROMOTER",
            "10, PROMOTER" })
    void scoresAreClassifiedAsNpsGroups(int score, NpsCategory category) {
        assertThat(rules.classify(score)).isEqualTo(category);
    }

    @Test
    void aDetractorGetsAFollowUpCallWithin48Hours() {
        assertThat(rules.followUp(6)).contains(new FollowUp("detractorFollowUp", Duration.ofHours(48)));
    }

    @Test
    void aPromoterIsAskedForReferralsWithinAWeek() {
        assertThat(rules.followUp(9)).contains(new FollowUp("referralRequest", Duration.ofDays(7)));
    }

    @Test
    void aPassiveClientNeedsNoFollowUp() {
        assertThat(rules.followUp(7)).isEmpty();
        assertThat(rules.followUp(8)).isEmpty();
    }

    private static Optional<PreviousSurvey> previous(LocalDate plannedOn) {
        return Optional.of(new PreviousSurvey(plannedOn));
    }
}

package com.dealstage.recontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealstage.rules.RuleEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/recontact.drl as a process owner reads it: one plan per rejection, per reason, up to the refusal limit. */
class RecontactRulesTest {

    private static final Instant REJECTED_AT = Instant.parse("2026-03-10T10:00:00Z");
    private static RuleEngine rules;

    @BeforeAll
    static void compileRules() {
        rules = RuleEngine.fromDirectory(Path.of("rules"));
    }

    @ParameterizedTest
    @CsvSource({
        "NO_BUDGET,             P75D",
        "HAS_SUPPLIER,          P60D",
        "PRICE_TOO_HIGH,        P90D",
        "PURCHASES_NOT_PLANNED, P4M",
        "PRODUCT_NOT_FIT,       P6M",
        "NOT_INTERESTED,        P6M",
        "DELIVERY_TERMS,        P3M"})
    void everyReasonComesBackOnceWithItsOwnDelayActionAndRationale(String reason, String due) {
        List<RecontactPlan> plans = plansFor(reason, 1);
        assertThat(plans).singleElement().satisfies(plan -> {
            assertThat(plan.comeBack()).isTrue();
            assertThat(plan.due()).isEqualTo(due);
            assertThat(plan.action()).isNotBlank();
            assertThat(plan.rationale()).isNotBlank();
        });
    }

    @Test
    void noBudgetIsRetriedBetweenTwoAndThreeMonthsLater() {
        LocalDate rejected = LocalDate.ofInstant(REJECTED_AT, ZoneOffset.UTC);
        Instant due = DueDate.after(REJECTED_AT, plansFor("NO_BUDGET", 1).get(0).due(), ZoneOffset.UTC);
        assertThat(LocalDate.ofInstant(due, ZoneOffset.UTC))
                .isAfterOrEqualTo(rejected.plusMonths(2)).isBeforeOrEqualTo(rejected.plusMonths(3));
    }

    @Test
    void hasSupplierGetsAnOpenDoorWithAnIndustryReviewAndACallInAboutTwoMonths() {
        RecontactPlan plan = plansFor("HAS_SUPPLIER", 1).get(0);
        assertThat(plan.action()).containsIgnoringCase("industry review").containsIgnoringCase("call");
        assertThat(plan.due()).isEqualTo("P60D");
    }

    @Test
    void notInterestedWaitsLongerThanNoBudget() {
        Instant notInterested = DueDate.after(REJECTED_AT, plansFor("NOT_INTERESTED", 1).get(0).due(), ZoneOffset.UTC);
        Instant noBudget = DueDate.after(REJECTED_AT, plansFor("NO_BUDGET", 1).get(0).due(), ZoneOffset.UTC);
        assertThat(notInterested).isAfter(noBudget);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO_BUDGET", "HAS_SUPPLIER", "NOT_INTERESTED"})
    void secondRefusalIsStillCalledAgain(String reason) {
        assertThat(plansFor(reason, 2)).singleElement().extracting(RecontactPlan::comeBack).isEqualTo(true);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 10})
    void thirdRefusalClosesTheLeadWhateverTheReason(int refusals) {
        for (String reason : List.of("NO_BUDGET", "HAS_SUPPLIER", "PRICE_TOO_HIGH", "PURCHASES_NOT_PLANNED",
                "PRODUCT_NOT_FIT", "NOT_INTERESTED", "DELIVERY_TERMS")) {
            assertThat(plansFor(reason, refusals)).as(reason).singleElement().satisfies(plan -> {
                assertThat(plan.comeBack()).isFalse();
                assertThat(plan.due()).isNull();
                assertThat(plan.rationale()).as("the sentence counts the refusals").contains("said no " + refusals + " times");
            });
        }
    }

    @Test
    void policyRefusesARejectionNoRuleCovers() {
        RecontactPolicy policy = new RecontactPolicy(rules);
        assertThatThrownBy(() -> policy.planFor(rejection("MOON_PHASE", 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MOON_PHASE")
                .hasMessageContaining("recontact.drl");
    }

    private static List<RecontactPlan> plansFor(String reason, int refusals) {
        return rules.decide(List.of(rejection(reason, refusals)), RecontactPlan.class);
    }

    private static Rejection rejection(String reason, int refusals) {
        return new Rejection(reason, "proposal", "COLD_LIST", new BigDecimal("1150000"), refusals, REJECTED_AT);
    }
}

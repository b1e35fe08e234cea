package com.dealstage.repeatsale;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.rules.RuleEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/repeat-sales.drl: when the manager offers the next sale; promoters sooner. */
class RepeatSaleRulesTests {

    private static final LocalDate DELIVERED = LocalDate.of(2026, 12, 20);

    private static RuleEngine rules;

    @BeforeAll
    static void loadRules() {
        rules = RuleEngine.fromDirectory(Path.of("rules"));
    }

    @Test
    void aPromoterIsOfferedTheRepeatSale30DaysAfterDelivery() {
        assertThat(plan("PROMOTER")).containsExactly(new RepeatSalePlan(LocalDate.of(2027, 1, 19)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "PASSIVE", "DETRACTOR" })
    @NullSource
    void everyOtherClientIsOfferedTheRepeatSaleThreeMonthsAfterDelivery(String npsCategory) {
        assertThat(plan(npsCategory)).containsExactly(new RepeatSalePlan(LocalDate.of(2027, 3, 20)));
    }

    private static List<RepeatSalePlan> plan(String npsCategory) {
        return rules.decide(List.of(new DeliveredDeal("deal-1", DELIVERED, npsCategory)), RepeatSalePlan.class);
    }
}

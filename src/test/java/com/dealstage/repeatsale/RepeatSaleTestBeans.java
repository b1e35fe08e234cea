package com.dealstage.repeatsale;

import com.dealstage.deal.Deals;
import com.dealstage.calendar.BusinessCalendar;
import com.dealstage.rules.RuleEngine;
import java.util.Map;

/** The repeat-sale delegates under the bean names deal-pipeline.bpmn uses, for plain engine tests. */
public final class RepeatSaleTestBeans {

    private RepeatSaleTestBeans() {
    }

    public static Map<String, Object> beans(RuleEngine rules, Deals deals, BusinessCalendar calendar) {
        return Map.of("planRepeatSale", new PlanRepeatSale(rules, calendar), "startRepeatDeal", new StartRepeatDeal(deals));
    }
}

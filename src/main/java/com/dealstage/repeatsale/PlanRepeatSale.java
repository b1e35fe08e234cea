package com.dealstage.repeatsale;

import com.dealstage.deployment.DiagramBuildingBlock;
import com.dealstage.calendar.BusinessCalendar;
import com.dealstage.rules.RuleEngine;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code planRepeatSale} in deal-pipeline: runs once the survey result is in or known not to come, so that the
 * rules can call promoters sooner; sets {@code repeatSaleDate}, which the deal's timer waits for.
 */
@DiagramBuildingBlock
@Component("planRepeatSale")
class PlanRepeatSale implements JavaDelegate {

    private final RuleEngine rules;
    private final BusinessCalendar calendar;

    PlanRepeatSale(RuleEngine rules, BusinessCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution deal) {
        DeliveredDeal delivered = new DeliveredDeal(deal.getProcessInstanceId(),
                calendar.localDate(deal.getVariable("fulfilmentDate")), (String) deal.getVariable("npsCategory"));
        List<RepeatSalePlan> plans = rules.decide(List.of(delivered), RepeatSalePlan.class);
        if (plans.isEmpty()) {
            throw new IllegalStateException("rules/repeat-sales.drl made no repeat-sale plan for " + delivered);
        }
        deal.setVariable("repeatSaleDate", calendar.dateOf(plans.get(0).contactOn()));
    }
}

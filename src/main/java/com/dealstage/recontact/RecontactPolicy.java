package com.dealstage.recontact;

import com.dealstage.rules.RuleEngine;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The re-contact policy of rules/recontact.drl: one plan per rejection. Process owners resolve conflicts in
 * the DRL (salience and "no plan yet"); should two rules still both decide, the first to fire wins, which is
 * the one with the highest salience, so the outcome never depends on chance.
 */
@Component
class RecontactPolicy {

    private final RuleEngine rules;

    RecontactPolicy(RuleEngine rules) {
        this.rules = rules;
    }

    RecontactPlan planFor(Rejection rejection) {
        List<RecontactPlan> plans = rules.decide(List.of(rejection), RecontactPlan.class);
        if (plans.isEmpty()) {
            // without a plan the lead would silently vanish; refusing makes the gap in the rules visible at once
            throw new IllegalStateException("No re-contact rule in rules/recontact.drl covers rejection reason '"
                    + rejection.reasonCode() + "'; ask a process owner to add one.");
        }
        return plans.get(0);
    }
}

package com.dealstage.imports;

import com.dealstage.deal.LeadScoring;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A typed lead, a referral or a repeat deal is scored by the same rules as a list's line. */
@Component
class EveryLeadScored implements LeadScoring {

    private final LeadRules rules;

    EveryLeadScored(LeadRules rules) {
        this.rules = rules;
    }

    @Override
    public int score(Map<String, Object> lead) {
        return rules.score(LeadToScore.of(text(lead, "source"), field -> text(lead, field)));
    }

    private static String text(Map<String, Object> lead, String field) {
        Object value = lead.get(field);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}

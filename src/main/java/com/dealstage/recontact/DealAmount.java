package com.dealstage.recontact;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The best-known size of a deal: the agreed amount, else the proposal, else the meeting's budget estimate. */
final class DealAmount {

    private static final String[] MOST_RECENT_FIRST = {"agreedAmount", "proposalAmount", "budgetEstimate"};

    private DealAmount() {
    }

    static BigDecimal of(DelegateExecution deal) {
        for (String variable : MOST_RECENT_FIRST) {
            BigDecimal amount = number(deal.getVariable(variable));
            if (amount != null) {
                return amount;
            }
        }
        return null;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof Number || value instanceof CharSequence) {
            try {
                return new BigDecimal(value.toString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}

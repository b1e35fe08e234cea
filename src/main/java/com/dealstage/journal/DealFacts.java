package com.dealstage.journal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * What the journal copies from a deal's variables, read the same way from a running deal and from history.
 * Text is cut to its column and an amount too large for it is left out: the journal must never fail an engine step.
 */
record DealFacts(String dealId, String clientId, String companyName, String manager, BigDecimal amount,
        String outcome, String rejectionReason, String source) {

    /** The most advanced amount first: paid, invoiced, agreed, proposed, estimated at the meeting. */
    static final List<String> AMOUNTS = List.of("amountPaid", "invoiceAmount", "agreedAmount", "proposalAmount",
            "budgetEstimate");
    static final List<String> READ = List.of("dealId", "clientId", "companyName", "manager", "source", "outcome",
            "rejectionReason", "amountPaid", "invoiceAmount", "agreedAmount", "proposalAmount", "budgetEstimate");
    private static final BigDecimal TOO_LARGE = BigDecimal.TEN.pow(17);

    /**
     * @param variables        the deal's value of a variable name, or null
     * @param processInstanceId the deal itself, unless its variable dealId names the deal it belongs to (a survey)
     * @param completed        whether the stage was completed: only then does it have an outcome
     */
    static DealFacts of(Function<String, Object> variables, String processInstanceId, boolean completed) {
        Object dealId = variables.apply("dealId");
        String outcome = completed ? text(variables.apply("outcome"), 4000) : null;
        return new DealFacts(dealId instanceof String id && !id.isBlank() ? fit(id, 64) : processInstanceId,
                text(variables.apply("clientId"), 255), text(variables.apply("companyName"), 4000),
                text(variables.apply("manager"), 255), amount(variables),
                outcome, "REJECTED".equals(outcome) ? text(variables.apply("rejectionReason"), 4000) : null,
                text(variables.apply("source"), 32));
    }

    private static BigDecimal amount(Function<String, Object> variables) {
        for (String name : AMOUNTS) {
            Object value = variables.apply(name);
            if (value instanceof Number || value instanceof CharSequence) {
                try {
                    BigDecimal amount = new BigDecimal(value.toString().trim()).setScale(2, RoundingMode.HALF_UP);
                    return amount.abs().compareTo(TOO_LARGE) < 0 ? amount : null;
                } catch (NumberFormatException e) {
                    // not a number (the gate refuses that at the amount's own stage); try the next one
                }
            }
        }
        return null;
    }

    private static String text(Object value, int length) {
        return value == null || value.toString().isBlank() ? null : fit(value.toString(), length);
    }

    private static String fit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}

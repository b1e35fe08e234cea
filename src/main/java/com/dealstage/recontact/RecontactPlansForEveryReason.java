package com.dealstage.recontact;

import com.dealstage.rules.RuleBase;
import com.dealstage.rules.RuleBaseCheck;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Refuses a rule base in which some rejection would get no re-contact plan: without one the manager's rejection
 * fails at run time (a 500, the deal stuck at its stage). Every reason code of the design is tried at every stage
 * that can reject, from every lead source, with and without an amount, as the first to third refusal: about a
 * thousand decisions, a few tens of milliseconds per load.
 */
@Component
class RecontactPlansForEveryReason implements RuleBaseCheck {

    /** The reason codes of the design (and of rules/stage-gates.drl and the forms). */
    static final List<String> REASON_CODES = List.of("NO_BUDGET", "HAS_SUPPLIER", "PRICE_TOO_HIGH",
            "PURCHASES_NOT_PLANNED", "PRODUCT_NOT_FIT", "NOT_INTERESTED", "DELIVERY_TERMS");
    private static final List<String> STAGES = List.of("coldCall", "meeting", "proposal", "objections", "closing",
            "recontactCall");
    private static final List<String> SOURCES = List.of("COLD_LIST", "REFERRAL", "INBOUND", "REPEAT");
    private static final List<BigDecimal> AMOUNTS = Arrays.asList(null, new BigDecimal("1000000"));

    @Override
    public List<String> problems(RuleBase candidate) {
        Instant now = Instant.now();
        List<String> problems = new ArrayList<>();
        for (String reason : REASON_CODES) {
            firstWithoutPlan(candidate, reason, now).ifPresent(rejection -> problems.add("No re-contact rule plans "
                    + "rejection reason " + reason + " (for example at stage " + rejection.stage() + ", source "
                    + rejection.source() + ", amount " + (rejection.amount() == null ? "unknown" : rejection.amount())
                    + ", refusal " + rejection.refusals() + "): every reason code needs a plan (come back or close "
                    + "the lead) in rules/recontact.drl."));
        }
        return problems;
    }

    private static Optional<Rejection> firstWithoutPlan(RuleBase candidate, String reason, Instant now) {
        for (String stage : STAGES) {
            for (String source : SOURCES) {
                for (BigDecimal amount : AMOUNTS) {
                    for (int refusals = 1; refusals <= 3; refusals++) {
                        Rejection rejection = new Rejection(reason, stage, source, amount, refusals, now);
                        if (candidate.decide(List.of(rejection), RecontactPlan.class).isEmpty()) {
                            return Optional.of(rejection);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}

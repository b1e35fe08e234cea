package com.dealstage.deal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A deal entered {@code stage} at {@code enteredAt} and left it at {@code leftAt} (null while it is there), as the
 * stage journal recorded it: how it left ({@code COMPLETED}, {@code CANCELED}), the outcome it recorded, the
 * rejection reason, and the deal's amount at that moment.
 */
public record StageVisit(String stage, String processKey, Instant enteredAt, Instant leftAt, String leftAs,
        String outcome, String rejectionReason, BigDecimal amount, String manager) {
}

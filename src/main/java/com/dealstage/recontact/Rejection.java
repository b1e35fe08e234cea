package com.dealstage.recontact;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Fact for rules/recontact.drl: one rejection of a deal.
 * @param reasonCode one of the seven codes (NO_BUDGET, HAS_SUPPLIER, ...)
 * @param stage      stage key where the client said no (coldCall ... closing, recontactCall); null when unknown
 * @param source     lead source (COLD_LIST, REFERRAL, INBOUND, REPEAT)
 * @param amount     the deal's latest amount (agreed, proposed or estimated); null before the meeting
 * @param refusals   how many times this company has refused, this rejection included
 * @param rejectedAt when the client said no
 */
public record Rejection(String reasonCode, String stage, String source, BigDecimal amount, int refusals,
        Instant rejectedAt) {
}

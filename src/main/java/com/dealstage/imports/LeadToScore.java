package com.dealstage.imports;

/**
 * Fact for rules/scoring.drl: what a lead's score may depend on. Blank values are null.
 * @param source COLD_LIST, REFERRAL, INBOUND or REPEAT
 */
public record LeadToScore(String source, String industry, String region, boolean hasTaxId, boolean hasPhone,
        boolean hasEmail, boolean hasContactName) {
}

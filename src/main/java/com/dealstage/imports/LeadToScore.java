package com.dealstage.imports;

import java.util.function.Function;

/**
 * Fact for rules/scoring.drl: what a lead's score may depend on. Blank values are null.
 * @param source COLD_LIST, REFERRAL, INBOUND or REPEAT
 */
public record LeadToScore(String source, String industry, String region, boolean hasTaxId, boolean hasPhone,
        boolean hasEmail, boolean hasContactName) {

    /** A list's line and a typed lead alike: {@code field} gives a field's value, null when blank or absent. */
    static LeadToScore of(String source, Function<String, String> field) {
        return new LeadToScore(source, field.apply("industry"), field.apply("region"),
                field.apply("companyTaxId") != null, field.apply("contactPhone") != null,
                field.apply("contactEmail") != null, field.apply("contactName") != null);
    }
}

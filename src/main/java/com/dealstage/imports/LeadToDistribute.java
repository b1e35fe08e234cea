package com.dealstage.imports;

/** Fact for rules/distribution.drl: a lead of a list that names no manager. Blank values are null. */
public record LeadToDistribute(String companyName, String region, String industry, String source) {
}

package com.dealstage.imports;

/** Decision of rules/distribution.drl: who works the lead, and the rule that chose him (recorded on the deal). */
public record Assignment(String manager, String rule) {
}

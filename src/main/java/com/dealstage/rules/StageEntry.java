package com.dealstage.rules;

import java.util.Map;
import java.util.Set;

/**
 * Fact: a deal is about to enter stage {@code stage}, however the token got there (a normal flow, start
 * instructions, modification, migration). {@code passed} holds the stages this deal has completed through the
 * gate, each with the outcomes it recorded (an empty set for a stage without outcome); {@code values} are the
 * deal's stored variables. Entry rules say which earlier stages must be behind the deal.
 */
public record StageEntry(String processKey, String stage, Map<String, Object> values, Map<String, Set<String>> passed) {

    public StageEntry {
        values = values == null ? Map.of() : values;
        passed = passed == null ? Map.of() : passed;
    }

    /** The deal completed {@code stage} at least once. */
    public boolean passed(String stage) {
        return passed.containsKey(stage);
    }

    /** The deal completed {@code stage} with this outcome at least once (e.g. coldCall with MEETING_BOOKED). */
    public boolean passedWith(String stage, String outcome) {
        return passed.getOrDefault(stage, Set.of()).contains(outcome);
    }

    /** Some stage of the deal was completed with this outcome (e.g. REJECTED, for the re-contact). */
    public boolean passedWithOutcome(String outcome) {
        return passed.values().stream().anyMatch(outcomes -> outcomes.contains(outcome));
    }

    /** Present, not null and not blank, as for a completion. */
    public boolean has(String field) {
        return new StageCompletion(processKey, stage, values).has(field);
    }
}

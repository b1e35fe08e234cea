package com.dealstage.rules;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /** The variable in which the gate keeps the stages a deal has passed: "leadIntake;coldCall=MEETING_BOOKED". */
    public static final String PASSED_STAGES = "passedStages";

    /** The fact for a deal about to enter {@code stage}, with the passed stages read from its own variables. */
    public static StageEntry of(String processKey, String stage, Map<String, Object> values) {
        return new StageEntry(processKey, stage, values, parsePassed(values == null ? null : values.get(PASSED_STAGES)));
    }

    /** "leadIntake;coldCall=MEETING_BOOKED;meeting=NEEDS_CONFIRMED" as stage -> outcomes. */
    public static Map<String, Set<String>> parsePassed(Object stored) {
        Map<String, Set<String>> passed = new TreeMap<>();
        if (stored instanceof String text && !text.isBlank()) {
            for (String entry : text.split(";")) {
                String[] stageAndOutcome = entry.trim().split("=", 2);
                Set<String> outcomes = passed.computeIfAbsent(stageAndOutcome[0], s -> new TreeSet<>());
                if (stageAndOutcome.length == 2) {
                    outcomes.add(stageAndOutcome[1]);
                }
            }
        }
        return passed;
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

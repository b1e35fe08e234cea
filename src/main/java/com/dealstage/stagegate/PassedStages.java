package com.dealstage.stagegate;

import com.dealstage.rules.StageEntry;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The stages a deal has completed through the gate, with the outcomes each recorded, kept as the process variable
 * {@value #VARIABLE} ("leadIntake;coldCall=MEETING_BOOKED;meeting=NEEDS_CONFIRMED"). Only the gate writes it: it is
 * no stage's field, so the guard refuses it from any caller, which makes it the deal's trustworthy memory of where
 * it has been when a token turns up at a stage.
 */
final class PassedStages {

    static final String VARIABLE = StageEntry.PASSED_STAGES;

    private PassedStages() {
    }

    static Map<String, Set<String>> parse(Object stored) {
        return StageEntry.parsePassed(stored);
    }

    static String with(Object stored, String stage, Object outcome) {
        Map<String, Set<String>> passed = parse(stored);
        Set<String> outcomes = passed.computeIfAbsent(stage, s -> new TreeSet<>());
        if (outcome instanceof String code && !code.isBlank()) {
            outcomes.add(code);
        }
        return passed.entrySet().stream()
                .map(e -> e.getValue().isEmpty() ? e.getKey()
                        : e.getValue().stream().map(o -> e.getKey() + "=" + o).collect(Collectors.joining(";")))
                .collect(Collectors.joining(";"));
    }
}

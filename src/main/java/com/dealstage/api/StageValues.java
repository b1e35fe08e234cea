package com.dealstage.api;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;

/** Stage data arrives as flat JSON: text, numbers, booleans; nested objects have no meaning for a stage. */
public final class StageValues {

    private StageValues() {
    }

    public static Map<String, Object> checked(Map<String, Object> values) {
        if (values == null) {
            throw new BadUserRequestException("The request body must be a JSON object of stage fields.");
        }
        List<String> nested = values.entrySet().stream()
                .filter(e -> e.getValue() instanceof Map || e.getValue() instanceof List)
                .map(Map.Entry::getKey).sorted().toList();
        if (!nested.isEmpty()) {
            throw new BadUserRequestException("Fields must be text, numbers or true/false; not allowed: " + nested);
        }
        return values;
    }
}

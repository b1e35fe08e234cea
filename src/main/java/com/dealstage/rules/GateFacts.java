package com.dealstage.rules;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts a stage gate checks, by the name that heads their section in an examples file (the name the DRL
 * imports). The one place to add a new kind of gate fact: its name and how to make it from a stage and its values.
 * Gate rules answer with {@link Violation}s.
 */
final class GateFacts {

    /** Makes the fact for one example: the stage key, the process it belongs to and the deal's values. */
    @FunctionalInterface
    interface Factory {

        Object create(String processKey, String stage, Map<String, Object> values);

    }

    private static final Map<String, Factory> FACTS = Map.of(
            "StageCompletion", StageCompletion::new,
            "StageEntry", StageEntry::of);

    private GateFacts() {
    }

    static Factory named(String name) {
        return FACTS.get(name);
    }

    static Set<String> names() {
        return new TreeSet<>(FACTS.keySet());
    }

}

package com.dealstage.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The checks a rule may call on the gate's facts, and how close a typo is to one of them. */
final class FactChecks {

    private FactChecks() {
    }

    /** What a rule may ask of a fact: its public yes/no methods. */
    static List<String> checksOf(String fact) {
        Class<?> type = "StageCompletion".equals(fact) ? StageCompletion.class
                : "StageEntry".equals(fact) ? StageEntry.class : null;
        if (type == null) {
            return List.of();
        }
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getReturnType() == boolean.class && !"equals".equals(m.getName()))
                .map(Method::getName).distinct().sorted().toList();
    }

    /** A typo may mean a check or one of the fact's own values ({@code stage}, {@code processKey}). */
    static List<String> guessable(String fact) {
        List<String> names = new ArrayList<>(checksOf(fact));
        Class<?> type = "StageCompletion".equals(fact) ? StageCompletion.class : StageEntry.class;
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
        return names;
    }

    /** Edit distance, to suggest the check a typo most likely meant. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}

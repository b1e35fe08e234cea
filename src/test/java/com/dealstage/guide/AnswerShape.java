package com.dealstage.guide;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer block of the guide against a real answer: every field shown must be there with that value; a text
 * ending in "…" gives its start; each element of a list shown must match one element of the answer, and [] means
 * empty; "<name>" takes a value the first time (for later requests and answers) and must repeat it afterwards.
 */
final class AnswerShape {

    private static final Pattern PLACEHOLDER = Pattern.compile("<(\\w+)>");

    private final Map<String, Object> captured;

    AnswerShape(Map<String, Object> captured) {
        this.captured = captured;
    }

    /** The differences, none when it matches; values are captured only when it matches. */
    List<String> differences(JsonNode expected, JsonNode actual) {
        Map<String, Object> taken = new HashMap<>(captured);
        List<String> differences = new ArrayList<>();
        compare(expected, actual, "$", taken, differences);
        if (differences.isEmpty()) {
            captured.putAll(taken);
        }
        return differences;
    }

    private static void compare(JsonNode expected, JsonNode actual, String at, Map<String, Object> taken,
            List<String> differences) {
        if (actual == null || actual.isMissingNode()) {
            differences.add(at + " is missing");
        } else if (expected.isObject()) {
            expected.fields().forEachRemaining(field -> compare(field.getValue(), actual.get(field.getKey()),
                    at + "." + field.getKey(), taken, differences));
        } else if (expected.isArray()) {
            compareList(expected, actual, at, taken, differences);
        } else if (expected.isTextual()) {
            compareText(expected.asText(), actual, at, taken, differences);
        } else if (expected.isNumber() ? !actual.isNumber() || actual.decimalValue().compareTo(expected.decimalValue()) != 0
                : !expected.equals(actual)) {
            differences.add(at + ": expected " + expected + ", was " + actual);
        }
    }

    private static void compareList(JsonNode expected, JsonNode actual, String at, Map<String, Object> taken,
            List<String> differences) {
        if (!actual.isArray() || expected.isEmpty() && !actual.isEmpty()) {
            differences.add(at + ": expected " + expected + ", was " + actual);
            return;
        }
        for (JsonNode element : expected) {
            boolean found = false;
            for (JsonNode candidate : actual) {
                List<String> none = new ArrayList<>();
                Map<String, Object> trial = new HashMap<>(taken);
                compare(element, candidate, at, trial, none);
                if (none.isEmpty()) {
                    taken.putAll(trial);
                    found = true;
                    break;
                }
            }
            if (!found) {
                differences.add(at + ": no element matches " + element + " in " + actual);
            }
        }
    }

    private static void compareText(String expected, JsonNode actual, String at, Map<String, Object> taken,
            List<String> differences) {
        Matcher whole = PLACEHOLDER.matcher(expected);
        if (whole.matches() && !taken.containsKey(whole.group(1))) {
            taken.put(whole.group(1), actual.isNumber() ? actual.numberValue() : actual.asText());
            return;
        }
        String wanted = PLACEHOLDER.matcher(expected).replaceAll(m -> Matcher.quoteReplacement(
                String.valueOf(taken.getOrDefault(m.group(1), m.group()))));
        boolean prefix = wanted.endsWith("…");
        String text = actual.asText();
        if (prefix ? !text.startsWith(wanted.substring(0, wanted.length() - 1)) : !text.equals(wanted)) {
            differences.add(at + ": expected " + (prefix ? "a text starting with " : "") + "\"" + wanted
                    + "\", was " + actual);
        }
    }
}

package com.dealstage.rules;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares what an example expects with what the rules decided, field by field, on the fields the example names
 * only. Values compare as written: {@code P75D} equals the period P75D, {@code 2027-01-19} the date, {@code 75}
 * equals 75.0.
 */
final class ExpectedFields {

    private ExpectedFields() {
    }

    /** Null when {@code actual} has every expected field with the expected value, else which field differs. */
    static String mismatch(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            if (actual == null || !actual.isObject()) {
                return at(path) + "expected fields " + expected + ", was " + actual;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!actual.has(field.getKey())) {
                    return "has no field " + path + field.getKey();
                }
                String mismatch = mismatch(field.getValue(), actual.get(field.getKey()), path + field.getKey() + ".");
                if (mismatch != null) {
                    return mismatch;
                }
            }
            return null;
        }
        return sameValue(expected, actual) ? null : at(path) + "expected " + expected + ", was " + actual;
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNull() || actual == null || actual.isNull()) {
            return expected.isNull() && (actual == null || actual.isNull());
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.isValueNode() && actual.isValueNode() ? expected.asText().equals(actual.asText())
                : expected.equals(actual);
    }

    private static String at(String path) {
        return path.isEmpty() ? "" : path.substring(0, path.length() - 1) + ": ";
    }

}

package com.dealstage.api;

import java.util.regex.Pattern;

/**
 * Makes an engine or REST message fit for a caller: no Java class names, no SQL, no echo of a huge
 * value, one sentence. Returns null when nothing safe is left, so the caller falls back to a generic one.
 */
final class Sentences {

    private static final int MAX_LENGTH = 400;
    /** "org.camunda.bpm.engine.MismatchingMessageCorrelationException: " in front of the real message */
    private static final Pattern EXCEPTION_PREFIX = Pattern.compile("\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ");
    /** "java type java.lang.Long" → "java type Long"; "[B" is Java's name for byte[] */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z_][\\w$]*\\.){2,}([A-Z][\\w$]*)");
    private static final Pattern BYTE_ARRAY = Pattern.compile("java type \\[B\\b");
    /** Camunda's null check adds ": task is null" after "Cannot find task with id x" */
    private static final Pattern NULL_CHECK = Pattern.compile(": \\w+ is null\\.?$");
    private static final Pattern LONG_QUOTE = Pattern.compile("'([^']{40})[^']{20,}'");
    private static final Pattern SQL = Pattern.compile(
            "(?i)\\b(insert\\s+into|select\\s.+\\sfrom|update\\s+\\w+\\s+set|delete\\s+from|sql|jdbc|act_[a-z]{2}_)\\b"
                    + "|\\b(INSERT|UPDATE|DELETE|SELECT) [A-Z]\\w*Entity\\b|\\tat |Caused by");
    private static final Pattern NOT_FOUND = Pattern.compile(
            "(?i)(cannot find|can't find|not found|doesn't exist|does not exist|no \\w+( \\w+)? found|no matching|no deployed)");

    private Sentences() {
    }

    static String clean(String message) {
        if (message == null || message.isBlank() || SQL.matcher(message).find()) {
            return null;
        }
        String text = EXCEPTION_PREFIX.matcher(message.strip()).replaceAll("");
        text = BYTE_ARRAY.matcher(text).replaceAll("java type bytes");
        text = QUALIFIED_NAME.matcher(text).replaceAll("$1");
        text = NULL_CHECK.matcher(text).replaceAll("");
        text = LONG_QUOTE.matcher(text).replaceAll("'$1…'");
        text = text.replace("\n", " ").strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH) + "…";
        }
        if (text.isEmpty()) {
            return null;
        }
        return text.endsWith(".") || text.endsWith("…") ? text : text + ".";
    }

    static String cleanOr(String message, String fallback) {
        String cleaned = clean(message);
        return cleaned != null ? cleaned : fallback;
    }

    /** Camunda says "not found" in many words and under several exception types. */
    static boolean saysNotFound(String message) {
        return message != null && NOT_FOUND.matcher(message).find();
    }
}

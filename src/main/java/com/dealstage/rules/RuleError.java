package com.dealstage.rules;

/**
 * One problem of the rule set, or one warning; {@code file} is relative to the rules directory (or names a diagram)
 * and {@code line} is 0 when it is not known. {@code message} is a sentence for a process owner; {@code detail} keeps
 * what Drools itself said when the message translates it (null otherwise), so nothing is lost for a developer.
 */
public record RuleError(String file, int line, String message, String detail) {

    public RuleError(String file, int line, String message) {
        this(file, line, message, null);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }

}

package com.dealstage.rules;

/**
 * One compilation error of the rule set; {@code file} is relative to the rules directory and
 * {@code line} is 0 when Drools does not know it.
 */
public record RuleError(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }

}

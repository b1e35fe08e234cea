package com.dealstage.rules;

import java.time.Instant;
import java.util.List;

/**
 * What the rule engine runs on. {@code loadedAt} and {@code files} describe the rules in force;
 * {@code lastAttemptAt} and {@code errors} the last (re)load. {@code state} is {@code "OK"} or
 * {@code "FAILED_RELOAD"}: the last reload was refused and the previous rules are still in force.
 */
public record RulesStatus(String state, Instant loadedAt, List<String> files, Instant lastAttemptAt,
        List<RuleError> errors) {

    public static final String OK = "OK";

    public static final String FAILED_RELOAD = "FAILED_RELOAD";

    public boolean ok() {
        return OK.equals(state);
    }

}

package com.dealstage.rules;

import java.time.Instant;
import java.util.List;

/**
 * What the rule engine runs on. {@code loadedAt} and {@code files} describe the rules in force, {@code source} where
 * they came from ({@code "folder"}: rules/ itself; {@code "snapshot"}: the last good rules kept in the database,
 * because rules/ did not compile at startup); {@code lastAttemptAt} and {@code errors} the last (re)load.
 * {@code state} is {@code "OK"} or {@code "FAILED_RELOAD"}: the last load was refused and earlier rules are in force.
 * {@code warnings} are the cross-checks against the deployed diagrams and forms (file and line of each).
 */
public record RulesStatus(String state, Instant loadedAt, List<String> files, Instant lastAttemptAt,
        List<RuleError> errors, String source, List<RuleError> warnings) {

    public static final String OK = "OK";

    public static final String FAILED_RELOAD = "FAILED_RELOAD";

    public static final String FOLDER = "folder";

    public static final String SNAPSHOT = "snapshot";

    public RulesStatus(String state, Instant loadedAt, List<String> files, Instant lastAttemptAt,
            List<RuleError> errors) {
        this(state, loadedAt, files, lastAttemptAt, errors, FOLDER, List.of());
    }

    public RulesStatus {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public boolean ok() {
        return OK.equals(state);
    }

    /** Refused rules on disk, or rules in force that disagree with the diagrams: ops must look. */
    public boolean degraded() {
        return !ok() || !warnings.isEmpty();
    }

    RulesStatus withWarnings(List<RuleError> newWarnings) {
        return new RulesStatus(state, loadedAt, files, lastAttemptAt, errors, source, newWarnings);
    }

}

package com.dealstage.deployment;

import com.dealstage.rules.RuleError;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/processes/status}: {@code state} is {@code OK}, or {@code DEGRADED} when the engine refuses a file
 * of processes/ (its previous version runs) or the rules and diagrams disagree ({@code warnings}, the same as the
 * rules status shows). {@code files}: each file and the version it is at; {@code recentChanges}: which file became
 * which version, newest first.
 */
record ProcessesStatus(String state, Instant checkedAt, List<ProcessFileVersion> files,
        List<ProcessFileVersion> recentChanges, List<ProcessRefusal> refused, List<RuleError> warnings) {

    static final String OK = "OK";
    static final String DEGRADED = "DEGRADED";
}

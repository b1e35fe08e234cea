package com.dealstage.rules;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Broken rules at the very first start (no good rules kept yet): a short report naming file, line and fault
 * instead of a long stack trace whose useful line is near the end.
 */
class InvalidRulesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidRulesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidRulesException cause) {
        return new FailureAnalysis("The rules do not compile or fail their examples, and no earlier good rules are "
                + "stored to start on:\n" + RuleMessages.summary(cause.getErrors()).replace("; ", "\n"),
                "Fix the file and line named above (GET /api/rules/status on a running node, or POST "
                        + "/api/rules/validate, names the same), then start again.", cause);
    }
}

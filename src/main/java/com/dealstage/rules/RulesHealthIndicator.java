package com.dealstage.rules;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health of the rule base, shown as {@code rules}. UP with the loaded files when the last load succeeded and the
 * rules agree with the deployed diagrams. {@code DEGRADED} after a refused (re)load (the node enforces earlier
 * rules: the previous ones, or the last good snapshot at startup) or with cross-check warnings: the node must not
 * be taken out of service, but ops must look. DEGRADED is in management.endpoint.health.status.order and mapped to
 * HTTP 200, so the overall status says DEGRADED and load balancers keep the node.
 */
@Component
class RulesHealthIndicator extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED"); // no description: the overall status repeats it to anonymous callers

    private final RuleEngine ruleEngine;

    RulesHealthIndicator(RuleEngine ruleEngine) {
        super("Rules health check failed");
        this.ruleEngine = ruleEngine;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        RulesStatus status = this.ruleEngine.status();
        builder.status(status.degraded() ? DEGRADED : Status.UP)
            .withDetail("state", status.state())
            .withDetail("source", status.source())
            .withDetail("files", status.files())
            .withDetail("fileCount", status.files().size())
            .withDetail("loadedAt", status.loadedAt())
            .withDetail("lastAttemptAt", status.lastAttemptAt());
        if (!status.ok()) {
            builder.withDetail("errors", status.errors());
        }
        if (!status.warnings().isEmpty()) {
            builder.withDetail("warnings", status.warnings());
        }
    }

}

package com.dealstage.rules;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health of the rule base, shown as {@code rules}. UP with the loaded files when the last load
 * succeeded. After a refused reload the status is {@code DEGRADED} with the errors (file, line,
 * message): the node still enforces the previous rules, so it must not be taken out of service,
 * but ops must see that the rules in force are not the ones on disk. Spring Boot leaves a status
 * that is not in {@code management.endpoint.health.status.order} out of the overall status, so
 * the application stays UP; add DEGRADED to that order to make it count.
 */
@Component
class RulesHealthIndicator extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Last rules reload refused; previous rules in force");

    private final RuleEngine ruleEngine;

    RulesHealthIndicator(RuleEngine ruleEngine) {
        super("Rules health check failed");
        this.ruleEngine = ruleEngine;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        RulesStatus status = this.ruleEngine.status();
        builder.status(status.ok() ? Status.UP : DEGRADED)
            .withDetail("state", status.state())
            .withDetail("files", status.files())
            .withDetail("fileCount", status.files().size())
            .withDetail("loadedAt", status.loadedAt())
            .withDetail("lastAttemptAt", status.lastAttemptAt());
        if (!status.ok()) {
            builder.withDetail("errors", status.errors());
        }
    }

}

package com.dealstage.deployment;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * Health of processes/, shown as {@code processes}: DEGRADED (HTTP 200, the node stays in service) while the engine
 * refuses a file (its previous version runs) or the rules and diagrams disagree. Reads only this node's last pass
 * and the rule engine's warnings: a load balancer's probe must not query the repository.
 */
class ProcessesHealthIndicator extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED"); // no description: the overall status repeats it to anonymous callers

    private final ProcessFolderState state;
    private final ProcessesStatusReader status;

    ProcessesHealthIndicator(ProcessFolderState state, ProcessesStatusReader status) {
        super("Processes health check failed");
        this.state = state;
        this.status = status;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.status(status.degraded() ? DEGRADED : Status.UP).withDetail("checkedAt", state.checkedAt());
        if (!state.refused().isEmpty()) {
            builder.withDetail("refused", state.refused());
        }
        if (!state.recent().isEmpty()) {
            builder.withDetail("lastChange", state.recent().get(0));
        }
    }
}

package com.dealstage.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * What waits in the shared database, read when Prometheus scrapes: the same on every node of a cluster (take the
 * max over nodes, not the sum). One count query per gauge; no deal data leaves the database.
 */
@Component
class ClusterGauges implements MeterBinder {

    static final String RECONTACT_ACTIVITY = "recontactDue";
    private final ManagementService management;
    private final TaskService tasks;
    private final RuntimeService runtime;

    ClusterGauges(ManagementService management, TaskService tasks, RuntimeService runtime) {
        this.management = management;
        this.tasks = tasks;
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "dealstage.recontacts.planned", "Re-contact timers waiting for their day",
                () -> management.createJobQuery().timers().activityId(RECONTACT_ACTIVITY).count());
        gauge(registry, "dealstage.recontacts.due", "Re-contact calls open, plus re-contact timers past their day",
                () -> tasks.createTaskQuery().taskDefinitionKey("recontactCall").count() + management.createJobQuery()
                        .timers().activityId(RECONTACT_ACTIVITY).duedateLowerThan(new Date(ClockUtil.getCurrentTime()
                                .getTime() + 1)).count());
        gauge(registry, "dealstage.surveys.open", "Survey processes not finished (waiting for the day or the call)",
                () -> runtime.createProcessInstanceQuery().processDefinitionKey("nps-survey").active().count());
        gauge(registry, "dealstage.surveys.calls.open", "NPS calls waiting for quality control",
                () -> tasks.createTaskQuery().taskDefinitionKey("npsCall").count());
        gauge(registry, "dealstage.jobs.backlog", "Jobs due and not yet run (timers, async steps)",
                () -> management.createJobQuery().executable().count());
        gauge(registry, "dealstage.jobs.failing", "Jobs whose last run failed and that will be retried",
                () -> management.createJobQuery().withException().withRetriesLeft().count());
        gauge(registry, "dealstage.jobs.failed", "Jobs out of retries (an incident in Cockpit)",
                () -> management.createJobQuery().noRetriesLeft().count());
    }

    private static void gauge(MeterRegistry registry, String name, String description, Supplier<Long> count) {
        Gauge.builder(name, count).description(description).register(registry);
    }
}

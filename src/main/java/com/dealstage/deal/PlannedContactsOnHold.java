package com.dealstage.deal;

import com.dealstage.clients.ClientBlacklisted;
import com.dealstage.clients.ClientLeftBlacklist;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A blacklisted client is not called back: the pending re-contact and repeat-sale timers of its deals are suspended
 * (not deleted) and each is recorded in {@code blacklist_hold}; taking the client off the blacklist activates them
 * again (a date passed meanwhile fires at once). Runs in the blacklist change's transaction, without the caller's
 * Camunda rights: suspending a job is admin-only for people, but this is the blacklist's own consequence.
 */
@Component
class PlannedContactsOnHold {

    /** The waits of deal-pipeline that plan a call to the client. */
    static final Set<String> PLANNED_CONTACTS = Set.of("recontactDue", "waitForRepeatSale", "waitForNextContact");

    private final ProcessEngineConfigurationImpl engine;
    private final ManagementService management;
    private final JdbcClient jdbc;

    PlannedContactsOnHold(ProcessEngine engine, JdbcClient jdbc) {
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.management = engine.getManagementService();
        this.jdbc = jdbc;
    }

    @EventListener
    void hold(ClientBlacklisted blacklisted) {
        List<String> deals = jdbc.sql("SELECT deal_id FROM client_deal WHERE client_id = ?")
                .param(blacklisted.clientId()).query(String.class).list();
        unrestricted(() -> deals.forEach(deal -> plannedContacts(deal).forEach(job -> {
            management.suspendJobById(job.getId());
            jdbc.sql("INSERT INTO blacklist_hold (client_id, deal_id, job_id, activity_id, due_at, reason, held_by, "
                            + "held_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(blacklisted.clientId(), deal, job.getId(), activityOf(job),
                            job.getDuedate() == null ? null : job.getDuedate().toInstant().atOffset(ZoneOffset.UTC),
                            blacklisted.reason(), blacklisted.by(), blacklisted.at().atOffset(ZoneOffset.UTC))
                    .update();
        })));
    }

    @EventListener
    void release(ClientLeftBlacklist lifted) {
        List<String> jobs = jdbc.sql("SELECT job_id FROM blacklist_hold WHERE client_id = ? AND released_at IS NULL")
                .param(lifted.clientId()).query(String.class).list();
        unrestricted(() -> jobs.forEach(job -> {
            if (management.createJobQuery().jobId(job).count() > 0) {
                management.activateJobById(job);
            }
        }));
        jdbc.sql("UPDATE blacklist_hold SET released_at = ? WHERE client_id = ? AND released_at IS NULL")
                .params(lifted.at().atOffset(ZoneOffset.UTC), lifted.clientId()).update();
    }

    private List<Job> plannedContacts(String dealId) {
        return management.createJobQuery().processInstanceId(dealId).timers().active().list().stream()
                .filter(job -> PLANNED_CONTACTS.contains(activityOf(job))).toList();
    }

    private String activityOf(Job job) {
        JobDefinition definition = job.getJobDefinitionId() == null ? null : management.createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId()).singleResult();
        return definition == null ? "" : definition.getActivityId();
    }

    private void unrestricted(Runnable work) {
        engine.getCommandExecutorTxRequired().execute(command -> command.runWithoutAuthorization(() -> {
            work.run();
            return null;
        }));
    }
}

package com.dealstage.deal;

import com.dealstage.clients.Client;
import com.dealstage.clients.ClientBlacklisted;
import com.dealstage.clients.ClientLeftBlacklist;
import com.dealstage.clients.Clients;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final Clients clients;
    private final TransactionTemplate inNewTransaction;

    PlannedContactsOnHold(ProcessEngine engine, JdbcClient jdbc, Clients clients,
            PlatformTransactionManager transactions) {
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.management = engine.getManagementService();
        this.jdbc = jdbc;
        this.clients = clients;
        this.inNewTransaction = new TransactionTemplate(transactions);
        this.inNewTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void hold(ClientBlacklisted blacklisted) {
        List<String> deals = clients.dealsOf(blacklisted.clientId());
        unrestricted(() -> deals.forEach(deal -> hold(deal, blacklisted)));
    }

    /**
     * A deal that reaches a planned contact after its client was blacklisted (it was still open then) is held as
     * soon as that step commits (see DealIntakePlugin), in a transaction of its own.
     */
    void holdIfBlacklisted(String dealId) {
        inNewTransaction.executeWithoutResult(status -> clients.clientOfDeal(dealId).flatMap(clients::find)
                .filter(Client::blacklisted).ifPresent(client -> unrestricted(() -> hold(dealId, new ClientBlacklisted(
                        client.id(), client.blacklistReason(), client.blacklistedBy(), client.blacklistedAt())))));
    }

    /** Whatever slipped through (a node that died between a step's commit and its hold): looked for every minute. */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    void holdWhatSlippedThrough() {
        jdbc.sql("SELECT d.deal_id FROM client_deal d JOIN client c ON c.id = d.client_id WHERE c.blacklisted = TRUE")
                .query(String.class).list().forEach(this::holdIfBlacklisted);
    }

    private void hold(String deal, ClientBlacklisted blacklisted) {
        plannedContacts(deal).forEach(job -> {
            management.suspendJobById(job.getId());
            jdbc.sql("INSERT INTO blacklist_hold (client_id, deal_id, job_id, activity_id, due_at, reason, held_by, "
                            + "held_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(blacklisted.clientId(), deal, job.getId(), activityOf(job),
                            job.getDuedate() == null ? null : job.getDuedate().toInstant().atOffset(ZoneOffset.UTC),
                            blacklisted.reason(), blacklisted.by(), blacklisted.at().atOffset(ZoneOffset.UTC))
                    .update();
        });
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

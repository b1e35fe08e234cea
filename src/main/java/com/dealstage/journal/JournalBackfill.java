package com.dealstage.journal;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives deals that are older than the journal their rows, from Camunda's history: every stage visit history knows
 * and the journal lacks, with the values history shows for that moment (see {@link VariableHistory}). Adds nothing
 * twice, however often it runs; a row a listener writes meanwhile wins.
 */
@Component
class JournalBackfill {

    private static final int PAGE = 200;
    private final HistoryService history;
    private final JournalRows rows;
    private final TransactionTemplate transaction;

    JournalBackfill(HistoryService history, JdbcClient jdbc, TransactionTemplate transaction) {
        this.history = history;
        this.rows = new JournalRows(jdbc);
        this.transaction = transaction;
    }

    /** @return how many rows were added */
    int run() {
        int added = 0;
        List<HistoricProcessInstance> page;
        int first = 0;
        do {
            page = history.createHistoricProcessInstanceQuery().orderByProcessInstanceStartTime().asc()
                    .orderByProcessInstanceId().asc().listPage(first, PAGE);
            for (HistoricProcessInstance process : page) {
                added += transaction.execute(status -> backfill(process));
            }
            first += PAGE;
        } while (page.size() == PAGE);
        return added;
    }

    private int backfill(HistoricProcessInstance process) {
        String processInstanceId = process.getId();
        Set<String> journaled = rows.activityInstancesOf(processInstanceId);
        List<HistoricActivityInstance> missing = history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list().stream()
                .filter(activity -> isStage(activity, processInstanceId) && !journaled.contains(activity.getId()))
                .toList();
        if (missing.isEmpty()) {
            return 0;
        }
        VariableHistory variables = VariableHistory.of(history, processInstanceId);
        int added = 0;
        for (HistoricActivityInstance visit : missing) {
            boolean left = visit.getEndTime() != null;
            boolean completed = left && !visit.isCanceled();
            DealFacts facts = DealFacts.of(variables.at(visit.getEndTime(), visit.getId()), processInstanceId,
                    completed);
            try {
                rows.insert(visit.getId(), new StageVisit(facts.dealId(), processInstanceId,
                        process.getProcessDefinitionKey(), visit.getActivityId(), facts.clientId(),
                        facts.companyName(), facts.manager(), visit.getStartTime().toInstant(),
                        left ? visit.getEndTime().toInstant() : null,
                        left ? (completed ? StageVisit.COMPLETED : StageVisit.CANCELED) : null,
                        facts.outcome(), facts.rejectionReason(), facts.amount()), facts.source());
                added++;
            } catch (DuplicateKeyException written) {
                // the deal moved meanwhile and its listener wrote the row: that one is the engine's own
            }
        }
        return added;
    }

    /** A user task, or the start of the process itself (its start form): what the listeners journal. */
    private static boolean isStage(HistoricActivityInstance activity, String processInstanceId) {
        String type = activity.getActivityType();
        return "userTask".equals(type) || (type != null && type.toLowerCase().contains("start")
                && processInstanceId.equals(activity.getParentActivityInstanceId()));
    }
}

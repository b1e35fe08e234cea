package com.dealstage.journal;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The journal's built-in listeners. Their rows are written with the engine command that moves the deal, on its
 * connection ({@link JournalWrites}), so a row commits and rolls back with that step, in the application (where that
 * is Spring's transaction) and in a bare engine alike. Times are Camunda's own for the same activity instance when
 * its history has them at hand.
 */
final class JournalRecorder {

    /** Start of a user task: the deal enters the stage. */
    void entered(DelegateExecution execution) {
        ExecutionEntity stage = (ExecutionEntity) execution;
        HistoricActivityInstanceEventEntity history = history(stage);
        Instant at = time(history == null ? null : history.getStartTime());
        DealFacts facts = facts(stage, false);
        insert(stage.getActivityInstanceId(), visit(stage, facts, at, null, null), facts.source());
    }

    /** End of a user task: completed, or cancelled with its scope (deal deleted, token moved by an admin). */
    void left(DelegateExecution execution) {
        ExecutionEntity stage = (ExecutionEntity) execution;
        String leftAs = stage.isCanceled() ? StageVisit.CANCELED : StageVisit.COMPLETED;
        DealFacts facts = facts(stage, !stage.isCanceled());
        HistoricActivityInstanceEventEntity history = history(stage);
        Instant at = time(history == null ? null : history.getEndTime());
        // a visit entered before the journal existed and not yet back-filled has no open row: then the whole visit,
        // entered when history says (the engine's history handler has just read its start time for this end event)
        Instant enteredAt = history == null || history.getStartTime() == null ? at : history.getStartTime().toInstant();
        StageVisit whole = visit(stage, facts, enteredAt, at, leftAs);
        writes().leave(JournalRows.leaveValues(stage.getActivityInstanceId(), facts, at, leftAs),
                JournalRows.insertValues(stage.getActivityInstanceId(), whole, facts.source()));
    }

    /** End of a process's start event: the deal's start form (lead intake) is entered and left at once. */
    void started(DelegateExecution execution) {
        ExecutionEntity start = (ExecutionEntity) execution;
        HistoricActivityInstanceEventEntity history = history(start);
        Instant enteredAt = time(history == null ? null : history.getStartTime());
        Instant leftAt = time(history == null ? null : history.getEndTime());
        DealFacts facts = facts(start, true);
        insert(start.getActivityInstanceId(), visit(start, facts, enteredAt, leftAt, StageVisit.COMPLETED),
                facts.source());
    }

    private static StageVisit visit(ExecutionEntity stage, DealFacts facts, Instant enteredAt, Instant leftAt,
            String leftAs) {
        return new StageVisit(facts.dealId(), stage.getProcessInstanceId(), stage.getProcessDefinition().getKey(),
                stage.getActivityId(), facts.clientId(), facts.companyName(), facts.manager(), enteredAt, leftAt,
                leftAs, facts.outcome(), facts.rejectionReason(), facts.amount());
    }

    private static DealFacts facts(ExecutionEntity stage, boolean completed) {
        return DealFacts.of(stage::getVariable, stage.getProcessInstanceId(), completed);
    }

    /** The history event the engine has just produced for this activity instance, if history keeps activities. */
    private static HistoricActivityInstanceEventEntity history(ExecutionEntity stage) {
        return Context.getCommandContext().getDbEntityManager()
                .getCachedEntity(HistoricActivityInstanceEventEntity.class, stage.getActivityInstanceId());
    }

    private static Instant time(Date engineTime) {
        return (engineTime == null ? ClockUtil.getCurrentTime() : engineTime).toInstant();
    }

    private static void insert(String activityInstanceId, StageVisit visit, String source) {
        writes().insert(JournalRows.insertValues(activityInstanceId, visit, source));
    }

    private static JournalWrites writes() {
        return Context.getCommandContext().getSession(JournalWrites.class);
    }
}

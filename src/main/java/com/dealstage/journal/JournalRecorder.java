package com.dealstage.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The journal's built-in listeners. They write on the connection of the engine command that moves the deal, so the
 * row commits and rolls back with that step, in the application (where that is Spring's transaction) and in a bare
 * engine alike. Times are Camunda's own for the same activity instance when its history has them at hand.
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
        if (write(JournalRows.LEAVE, JournalRows.leaveValues(stage.getActivityInstanceId(), facts, at, leftAs)) == 0) {
            // entered before the journal existed and not yet back-filled: the whole visit, entry time from history
            HistoricActivityInstanceEventEntity entry = Context.getCommandContext().getDbEntityManager()
                    .selectById(HistoricActivityInstanceEventEntity.class, stage.getActivityInstanceId());
            Instant enteredAt = entry == null || entry.getStartTime() == null ? at : entry.getStartTime().toInstant();
            insert(stage.getActivityInstanceId(), visit(stage, facts, enteredAt, at, leftAs), facts.source());
        }
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
        write(JournalRows.INSERT, JournalRows.insertValues(activityInstanceId, visit, source));
    }

    /**
     * On the engine command's own connection: no second transaction, whatever runs the engine. A plain statement,
     * because this runs at every stage entered and left (a JdbcClient over a connection proxy cost several times
     * the statement's own CPU on the deal's hot path).
     */
    private static int write(String sql, Object[] values) {
        Connection engineConnection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement statement = engineConnection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new ProcessEngineException("The stage journal could not be written: " + e.getMessage(), e);
        }
    }
}

package com.dealstage.stagegate;

import com.dealstage.rules.Violation;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * Sees every stored change of a deal variable, from any channel, before it reaches the database, and refuses:
 * values that are not text, numbers, dates or true/false; text over the storable length; task-local values; and a
 * caller's change of a field whose stage is not open (a passed stage's data is read-only, a later stage's data
 * cannot be slipped in early). The app's own building blocks are trusted. History events are the one engine hook
 * that every variable create, update and delete passes through, whichever API caused it.
 */
final class StageDataGuard implements HistoryEventHandler {

    private static final Set<String> PLAIN_TYPES = Set.of("null", "string", "integer", "long", "short", "double",
            "boolean", "date");
    private static final String CREATE = HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName();
    private static final String UPDATE = HistoryEventTypes.VARIABLE_INSTANCE_UPDATE.getEventName();
    private static final String DELETE = HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName();

    private static final String TASK_MIGRATED = HistoryEventTypes.TASK_INSTANCE_MIGRATE.getEventName();
    private final OpenStages openStages;
    private final StageGate gate;
    private final int maxTextLength;

    StageDataGuard(OpenStages openStages, StageGate gate, int maxTextLength) {
        this.openStages = openStages;
        this.gate = gate;
        this.maxTextLength = maxTextLength;
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricTaskInstanceEventEntity task && TASK_MIGRATED.equals(task.getEventType())) {
            checkMigrationTarget(task);
            return;
        }
        GuardState state = GuardState.current();
        if (!(event instanceof HistoricVariableUpdateEventEntity change) || state == null || state.trusted()
                || change.getProcessInstanceId() == null) {
            return;
        }
        String type = change.getEventType();
        boolean written = CREATE.equals(type) || UPDATE.equals(type);
        if (!written && !DELETE.equals(type)) {
            return; // migration moves data, it does not change it
        }
        ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
                .findExecutionById(change.getExecutionId());
        if (!written && (execution == null || execution.isEnded() || execution.getProcessInstance().isEnded())) {
            return; // a scope that ends takes its variables with it
        }
        String field = change.getVariableName();
        if (written) {
            checkKind(field, change);
        }
        if (change.getTaskId() != null) {
            state.refuse(new Violation(null, field, "'" + field + "' must be recorded on the deal, not as a "
                    + "task-local value: task-local values vanish with the task."));
            return;
        }
        ExecutionEntity deal = execution == null ? null : execution.getProcessInstance();
        if (deal != null && !state.correcting(deal.getId(), field)) {
            openStages.refusal(deal, field).ifPresentOrElse(state::refuse,
                    () -> state.changedByCaller(deal.getId(), field));
        }
    }

    /** Migration moves a token without starting the target stage: its entry rules are checked here instead. */
    private void checkMigrationTarget(HistoricTaskInstanceEventEntity task) {
        ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
                .findExecutionById(task.getExecutionId());
        ProcessDefinitionEntity target = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
        ActivityImpl stage = target == null ? null : target.findActivity(task.getTaskDefinitionKey());
        if (execution != null && stage != null) {
            gate.checkEntry(execution, stage);
        }
    }

    private void checkKind(String field, HistoricVariableUpdateEventEntity change) {
        if (!PLAIN_TYPES.contains(change.getSerializerName())) {
            refuse(field, "'" + field + "' must be text, a number, a date or true/false; objects, lists and "
                    + "serialized values are not accepted.");
        }
        String text = change.getTextValue();
        if ("string".equals(change.getSerializerName()) && text != null && text.length() > maxTextLength) {
            refuse(field, "'" + field + "' is " + text.length() + " characters long; at most " + maxTextLength
                    + " are accepted.");
        }
    }

    static void refuse(String field, String message) {
        throw StageGateViolation.refusedChange(List.of(new Violation(null, field, message)));
    }
}

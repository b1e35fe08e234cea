package com.dealstage.stagegate;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Camunda's history writer, except for the gate's own memory ({@value PassedStages#VARIABLE}): it changes at every
 * completion, and with history 'full' each change would cost two more history rows, about 20 statements per deal
 * (issue 14's gate overhead). Its history says nothing the stage journal and the tasks' history do not; the
 * runtime value, which the gate relies on, is stored as before. Only the database writer skips it: the data guard,
 * which refuses a caller's change of it, still sees every event.
 */
final class HistoryWithoutGateMemory extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!(event instanceof HistoricVariableUpdateEventEntity change
                && PassedStages.VARIABLE.equals(change.getVariableName()))) {
            super.handleEvent(event);
        }
    }
}

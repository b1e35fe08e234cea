package com.dealstage.journal;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;

/**
 * A finished or running deal's variables as they stood at a moment, replayed from Camunda's history. With history
 * level full every change is there, tagged with the activity instance that made it; below full only the latest
 * values are, and stage outcomes are unknown.
 */
final class VariableHistory {

    private final List<HistoricVariableUpdate> updates;
    private final Map<String, Object> latest = new HashMap<>();

    private VariableHistory(List<HistoricVariableUpdate> updates) {
        this.updates = updates;
    }

    static VariableHistory of(HistoryService history, String processInstanceId) {
        List<HistoricVariableUpdate> updates = history.createHistoricDetailQuery().processInstanceId(processInstanceId)
                .variableUpdates().orderByTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricVariableUpdate.class::cast)
                .filter(update -> DealFacts.READ.contains(update.getVariableName())).toList();
        VariableHistory variables = new VariableHistory(updates);
        if (updates.isEmpty()) {
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(processInstanceId).list()) {
                variables.latest.put(variable.getName(), variable.getValue());
            }
        }
        return variables;
    }

    /**
     * The values at {@code moment} (null: now). The outcome is the one the stage visit itself recorded: the next
     * stage's reset of it can carry the same millisecond as the visit's end.
     */
    Function<String, Object> at(Date moment, String activityInstanceId) {
        if (updates.isEmpty()) {
            return name -> name.equals("outcome") ? null : latest.get(name);
        }
        Map<String, Object> values = new HashMap<>();
        for (HistoricVariableUpdate update : updates) {
            if (moment == null || !update.getTime().after(moment)) {
                values.put(update.getVariableName(), update.getValue());
            }
        }
        values.put("outcome", recordedIn("outcome", activityInstanceId));
        return values::get;
    }

    private Object recordedIn(String name, String activityInstanceId) {
        Object value = null;
        for (HistoricVariableUpdate update : updates) {
            if (name.equals(update.getVariableName()) && activityInstanceId.equals(update.getActivityInstanceId())) {
                value = update.getValue();
            }
        }
        return value;
    }
}

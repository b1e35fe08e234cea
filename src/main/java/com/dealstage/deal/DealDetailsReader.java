package com.dealstage.deal;

import com.dealstage.clients.Client;
import com.dealstage.clients.Clients;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** GET /api/deals/{id}: one deal from Camunda's history, for a caller who may read it. */
@Component
class DealDetailsReader {

    /** Fields whose stage the history does not tell (history level below 'full'). */
    static final String UNKNOWN_STAGE = "deal";
    private final HistoryService history;
    private final Clients clients;
    private final StageHistory stageHistory;

    DealDetailsReader(HistoryService history, Clients clients, StageHistory stageHistory) {
        this.history = history;
        this.clients = clients;
        this.stageHistory = stageHistory;
    }

    DealDetails read(String dealId, Viewer viewer) {
        HistoricProcessInstance deal = history.createHistoricProcessInstanceQuery().processInstanceId(dealId)
                .processDefinitionKey(DealPipeline.PROCESS_KEY).singleResult();
        if (deal == null) {
            throw Viewer.refusal(HttpStatus.NOT_FOUND, "No deal with id " + dealId + ".");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceIdIn(dealId).disableCustomObjectDeserialization()
                .list().stream().filter(variable -> !DealPipeline.INTERNAL.contains(variable.getName()))
                .forEach(variable -> values.put(variable.getName(), variable.getValue()));
        if (!viewer.mayRead(values.get(DealPipeline.MANAGER))) {
            throw Viewer.forbidden("Deal " + dealId + " is not yours: a sales manager sees only his own deals.");
        }
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(dealId).list();
        List<DealDetails.Stage> current = activities.stream().filter(activity -> activity.getEndTime() == null)
                .map(activity -> new DealDetails.Stage(activity.getActivityId(), activity.getActivityName())).toList();
        Client client = values.get(DealPipeline.CLIENT_ID) instanceof Number id
                ? clients.find(id.longValue()).orElse(null) : null;
        return new DealDetails(dealId, deal.getState(), deal.getStartTime(), deal.getEndTime(),
                text(values.get(DealPipeline.MANAGER)), text(values.get(DealPipeline.SOURCE)), client, current,
                byStage(deal, values, activities), stageHistory.of(dealId), links(dealId, values));
    }

    /** Each field under the stage that first recorded it (variable updates of the history, oldest first). */
    private Map<String, Map<String, Object>> byStage(HistoricProcessInstance deal, Map<String, Object> values,
            List<HistoricActivityInstance> activities) {
        Map<String, String> stageOf = new HashMap<>();
        activities.forEach(activity -> stageOf.put(activity.getId(), activity.getActivityId()));
        Map<String, String> firstStage = new LinkedHashMap<>();
        for (HistoricDetail update : history.createHistoricDetailQuery().processInstanceId(deal.getId())
                .variableUpdates().disableCustomObjectDeserialization().orderPartiallyByOccurrence().asc().list()) {
            String field = ((HistoricVariableUpdate) update).getVariableName();
            firstStage.putIfAbsent(field, stageOf.getOrDefault(update.getActivityInstanceId(), DealPipeline.LEAD_INTAKE));
        }
        Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
        firstStage.forEach((field, stage) -> {
            if (values.containsKey(field)) {
                fields.computeIfAbsent(stage, s -> new LinkedHashMap<>()).put(field, values.get(field));
            }
        });
        values.forEach((field, value) -> {
            if (!firstStage.containsKey(field)) {
                fields.computeIfAbsent(UNKNOWN_STAGE, s -> new LinkedHashMap<>()).put(field, value);
            }
        });
        return fields;
    }

    private DealDetails.Links links(String dealId, Map<String, Object> values) {
        List<String> referrals = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(DealPipeline.PROCESS_KEY).variableValueEquals(DealPipeline.REFERRED_BY_DEAL_ID,
                        dealId).orderByProcessInstanceStartTime().asc().list().stream()
                .map(HistoricProcessInstance::getId).toList();
        return new DealDetails.Links(text(values.get(DealPipeline.REFERRED_BY_DEAL_ID)),
                text(values.get(DealPipeline.PREVIOUS_DEAL_ID)), text(values.get(DealPipeline.REPEAT_DEAL_ID)),
                referrals);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

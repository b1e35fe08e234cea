package com.dealstage.deal;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/** GET /api/deals: deals from Camunda's history (running and ended), filtered, sorted and paged by the engine. */
@Component
class DealList {

    private static final String[] SHOWN = {DealPipeline.COMPANY_NAME, DealPipeline.COMPANY_TAX_ID,
            DealPipeline.MANAGER, DealPipeline.SOURCE, DealPipeline.CLIENT_ID};
    /** The period's days are days of the server's zone. */
    private final ZoneId zone = ZoneId.systemDefault();
    private final HistoryService history;

    DealList(HistoryService history) {
        this.history = history;
    }

    DealPage page(DealFilter filter) {
        HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(DealPipeline.PROCESS_KEY);
        if (filter.manager() != null) {
            query.variableValueEquals(DealPipeline.MANAGER, filter.manager());
        }
        if (filter.stage() != null) {
            query.activeActivityIdIn(filter.stage());
        }
        if (filter.clientId() != null) {
            query.variableValueEquals(DealPipeline.CLIENT_ID, filter.clientId());
        }
        if (filter.source() != null) {
            query.variableValueEquals(DealPipeline.SOURCE, filter.source());
        }
        if (filter.from() != null) {
            query.startedAfter(filter.startedFrom(zone));
        }
        if (filter.to() != null) {
            query.startedBefore(filter.startedUntil(zone));
        }
        long total = query.count();
        if (filter.sortBy().equals("endedAt")) {
            query.orderByProcessInstanceEndTime();
        } else {
            query.orderByProcessInstanceStartTime();
        }
        if (filter.ascending()) {
            query.asc();
        } else {
            query.desc();
        }
        List<HistoricProcessInstance> deals = query.orderByProcessInstanceId().asc()
                .listPage(filter.page() * filter.size(), filter.size());
        Map<String, Map<String, Object>> values = values(deals);
        return new DealPage(deals.stream().map(deal -> summary(deal, values.getOrDefault(deal.getId(), Map.of())))
                .toList(), filter.page(), filter.size(), total);
    }

    private DealSummary summary(HistoricProcessInstance deal, Map<String, Object> values) {
        List<String> stages = deal.getEndTime() != null ? List.of()
                : history.createHistoricActivityInstanceQuery().processInstanceId(deal.getId()).unfinished().list()
                        .stream().map(HistoricActivityInstance::getActivityId).toList();
        Object clientId = values.get(DealPipeline.CLIENT_ID);
        return new DealSummary(deal.getId(), text(values.get(DealPipeline.COMPANY_NAME)),
                text(values.get(DealPipeline.COMPANY_TAX_ID)),
                clientId instanceof Number number ? number.longValue() : null, text(values.get(DealPipeline.MANAGER)),
                text(values.get(DealPipeline.SOURCE)), stages, deal.getState(), deal.getStartTime(), deal.getEndTime());
    }

    private Map<String, Map<String, Object>> values(List<HistoricProcessInstance> deals) {
        Map<String, Map<String, Object>> values = new HashMap<>();
        if (deals.isEmpty()) {
            return values;
        }
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(deals.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                .variableNameIn(SHOWN).disableCustomObjectDeserialization().list();
        for (HistoricVariableInstance variable : variables) {
            values.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                    .put(variable.getName(), variable.getValue());
        }
        return values;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

package com.dealstage.deal;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/**
 * Stage history from Camunda's activity history (the lead, every user task): the stand-in until the stage journal
 * provides its rows as a {@link StageHistory} bean (marked {@code @Primary}, or this class removed). No outcomes or
 * amounts here: those are the journal's.
 */
@Component
class CamundaStageHistory implements StageHistory {

    private static final Set<String> STAGES = Set.of("startEvent", "userTask");
    private final HistoryService history;

    CamundaStageHistory(HistoryService history) {
        this.history = history;
    }

    @Override
    public List<StageVisit> of(String dealId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(dealId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .filter(visit -> STAGES.contains(visit.getActivityType()))
                .map(visit -> new StageVisit(visit.getActivityId(), visit.getActivityName(), visit.getStartTime(),
                        visit.getEndTime(), visit.getAssignee()))
                .toList();
    }
}

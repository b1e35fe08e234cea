package com.dealstage.recontact;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The stage where the client said no: the latest user task the deal entered. Before the contract a deal has one
 * stage open at a time, and that task started in an earlier transaction, so history already holds it while its
 * completion is still running. Unknown (null) when the engine keeps no activity history (history level none).
 */
final class RejectedStage {

    private RejectedStage() {
    }

    static String of(DelegateExecution deal) {
        HistoryService history = deal.getProcessEngineServices().getHistoryService();
        // a manager may complete his task without being allowed to read the deal's history
        return Context.getCommandContext().runWithoutAuthorization(() -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(deal.getProcessInstanceId())
                .activityType("userTask")
                .orderByHistoricActivityInstanceStartTime().desc()
                .orderPartiallyByOccurrence().desc()
                .listPage(0, 1).stream()
                .map(HistoricActivityInstance::getActivityId)
                .findFirst().orElse(null));
    }
}

package com.dealstage.deal;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.task.Task;

/**
 * A client's deal that is still being sold: it waits at a stage of the sale (any user task before the win, a
 * process owner's new stages included). A deal parked until its re-contact date, or won and in after-sales, is not
 * open: a new lead for that client is a new deal.
 */
final class OpenDeals {

    private OpenDeals() {
    }

    /**
     * Among the client's deals (table client_deal), the one still being sold. Runs inside the engine command, without
     * authorization checks (another manager's deal counts too). By deal id, not by a query on the clientId variable:
     * that one reads every open task's variables and slows down with each open deal.
     */
    static Optional<OpenDeal> of(ProcessEngineServices engine, List<String> clientDeals, String exceptDealId) {
        String[] others = clientDeals.stream().filter(id -> !id.equals(exceptDealId)).toArray(String[]::new);
        if (others.length == 0) {
            return Optional.empty();
        }
        return engine.getTaskService().createTaskQuery().processDefinitionKey(DealPipeline.PROCESS_KEY)
                .processInstanceIdIn(others).orderByTaskCreateTime().asc().list()
                .stream()
                .filter(task -> !DealPipeline.AFTER_THE_WIN.contains(task.getTaskDefinitionKey()))
                .filter(task -> !task.getProcessInstanceId().equals(exceptDealId))
                .findFirst()
                .map(task -> new OpenDeal(task.getProcessInstanceId(), manager(engine, task)));
    }

    private static String manager(ProcessEngineServices engine, Task task) {
        Object manager = engine.getRuntimeService().getVariable(task.getProcessInstanceId(), DealPipeline.MANAGER);
        return manager == null ? task.getAssignee() : manager.toString();
    }

    record OpenDeal(String dealId, String manager) {
    }
}

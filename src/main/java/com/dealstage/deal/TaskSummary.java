package com.dealstage.deal;

import java.util.Date;
import org.camunda.bpm.engine.task.Task;

record TaskSummary(String id, String stage, String name, String dealId, String assignee, Date created, Date due) {

    static TaskSummary of(Task task) {
        return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(),
                task.getAssignee(), task.getCreateTime(), task.getDueDate());
    }
}

package com.dealstage.benchmark;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Something that runs where the gate runs: on completion of a user task and on the start of a
 * process (lead intake). Both events reduce to process key, stage key and the variables in scope.
 */
abstract class StageListener implements TaskListener, ExecutionListener {

    @Override
    public final void notify(DelegateTask task) {
        onStage(task.getExecution(), task.getTaskDefinitionKey(), task);
    }

    @Override
    public final void notify(DelegateExecution execution) {
        onStage(execution, execution.getCurrentActivityId(), execution);
    }

    abstract void onStage(DelegateExecution execution, String stage, VariableScope variables);

    static String processKey(DelegateExecution execution) {
        return ((ExecutionEntity) execution).getProcessDefinition().getKey();
    }
}

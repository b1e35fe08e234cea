package com.dealstage.stagegate;

import com.dealstage.rules.RuleEngine;
import com.dealstage.rules.StageCompletion;
import com.dealstage.rules.Violation;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a stage against the rules when a user task completes or a process starts; a violation
 * aborts the engine command, so nothing of the refused submission is stored.
 */
final class StageGate implements TaskListener, ExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StageGate.class);
    private final RuleEngine rules;

    StageGate(RuleEngine rules) {
        this.rules = rules;
    }

    @Override
    public void notify(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        check(processKey(execution), task.getTaskDefinitionKey(), task.getName(), task.getVariables());
    }

    @Override
    public void notify(DelegateExecution execution) {
        String stage = execution.getCurrentActivityId();
        check(processKey((ExecutionEntity) execution), stage, execution.getCurrentActivityName(), execution.getVariables());
    }

    private void check(String processKey, String stage, String stageName, Map<String, Object> values) {
        List<Violation> violations = rules.check(new StageCompletion(processKey, stage, values));
        if (!violations.isEmpty()) {
            log.info("Stage {} of {} refused: {}", stage, processKey, violations);
            throw new StageGateViolation(stage, stageName == null ? stage : stageName, violations);
        }
    }

    private static String processKey(ExecutionEntity execution) {
        return execution == null ? null : execution.getProcessDefinition().getKey();
    }
}

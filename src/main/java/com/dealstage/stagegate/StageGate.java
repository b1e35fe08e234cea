package com.dealstage.stagegate;

import com.dealstage.rules.RuleEngine;
import com.dealstage.rules.StageCompletion;
import com.dealstage.rules.StageEntry;
import com.dealstage.rules.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a stage against the rules when a user task completes or a process starts, judging the deal's data as it
 * will be stored: transient and task-local values never count, and a submission may carry only the stage's own
 * fields. A violation aborts the engine command, so nothing of the refused submission is stored.
 */
final class StageGate implements TaskListener, ExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StageGate.class);
    private final RuleEngine rules;
    private final StageFields fields;

    StageGate(RuleEngine rules, StageFields fields) {
        this.rules = rules;
        this.fields = fields;
    }

    /** Completion of a user task. */
    @Override
    public void notify(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        if (execution == null) {
            // this command read the task before another one completed it and moved the deal on: a lost race (409)
            throw new OptimisticLockingException("Task '" + task.getName() + "' (" + task.getId() + ") was completed "
                    + "by another request at the same moment.");
        }
        List<Violation> violations = new ArrayList<>();
        // names only: any task-local value is refused, whatever it holds, so none needs reading
        task.getVariableNamesLocal().forEach(field -> violations.add(new Violation(task.getTaskDefinitionKey(),
                field, "'" + field + "' was set on the task only and would vanish with it; record it on the deal.")));
        pass(execution, execution.getActivity(), task.getName(), violations);
    }

    /** The start of a process, however it starts: its start form (e.g. lead intake) is a stage too. */
    @Override
    public void notify(DelegateExecution start) {
        ExecutionEntity execution = (ExecutionEntity) start;
        ActivityImpl initial = execution.getProcessDefinition().getInitial();
        if (initial != null) {
            pass(execution, initial, initial.getName(), new ArrayList<>());
        }
    }

    private void pass(ExecutionEntity execution, ActivityImpl stage, String stageName, List<Violation> violations) {
        ExecutionEntity deal = execution.getProcessInstance();
        String stageKey = stage.getId();
        Map<String, Object> stored = storedValues(deal, stageKey, violations);
        GuardState state = GuardState.current();
        if (state != null) {
            violations.addAll(state.takeRefusals());
            state.changedByCaller(deal.getId()).stream().filter(field -> !fields.owns(stage, field)).sorted()
                    .forEach(field -> violations.add(new Violation(stageKey, field,
                            "'" + field + "' is not a field of this stage.")));
        }
        violations.addAll(rules.check(new StageCompletion(processKey(deal), stageKey, stored)));
        if (!violations.isEmpty()) {
            log.info("Stage {} of {} refused: {}", stageKey, processKey(deal), violations);
            throw new StageGateViolation(stageKey, stageName == null ? stageKey : stageName, violations);
        }
        GuardState.trusted(() -> deal.setVariableLocal(PassedStages.VARIABLE,
                PassedStages.with(deal.getVariableLocal(PassedStages.VARIABLE), stageKey, stored.get("outcome"))));
    }

    /** Entry into any stage, however the token got there: the earlier stages must be behind the deal. */
    void checkEntry(ExecutionEntity execution) {
        checkEntry(execution, execution.getActivity());
    }

    /** {@code stage} is where the token will stand (after a migration it is not yet the execution's activity). */
    void checkEntry(ExecutionEntity execution, ActivityImpl stage) {
        ExecutionEntity deal = execution.getProcessInstance();
        Map<String, Object> stored = storedValues(deal, stage.getId(), new ArrayList<>());
        StageEntry entry = StageEntry.of(processKey(deal), stage.getId(), stored);
        List<Violation> violations = rules.checkEntry(entry);
        if (!violations.isEmpty()) {
            log.info("Entry into {} of {} refused: {}", stage.getId(), processKey(deal), violations);
            throw StageGateViolation.refusedEntry(stage.getId(), OpenStages.nameOf(stage), violations);
        }
    }

    /** The deal's process-scope values that will be stored; transient ones are reported, not counted. */
    private static Map<String, Object> storedValues(ExecutionEntity deal, String stage, List<Violation> violations) {
        VariableMap typed = deal.getVariablesLocalTyped(false);
        Map<String, Object> stored = new HashMap<>();
        for (String field : typed.keySet()) {
            TypedValue value = typed.getValueTyped(field);
            if (value.isTransient()) {
                violations.add(new Violation(stage, field, "'" + field
                        + "' was sent as a transient value, which is not stored; send it as a normal value."));
            } else {
                stored.put(field, value.getValue());
            }
        }
        return stored;
    }

    private static String processKey(ExecutionEntity deal) {
        return deal.getProcessDefinition().getKey();
    }
}

package com.dealstage.stagegate;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Attaches the gate to every user task and process start of every diagram the engine parses. */
final class StageGateParseListener extends AbstractBpmnParseListener {

    private final StageGate gate;

    StageGateParseListener(StageGate gate) {
        this.gate = gate;
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, OutcomeReset.INSTANCE);
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, gate);
    }

    /** The start form (e.g. lead intake) is a stage too: a deal without its mandatory data never starts. */
    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (scope instanceof ProcessDefinitionEntity) {
            activity.addListener(ExecutionListener.EVENTNAME_START, gate);
        }
    }

    /**
     * A stage that branches must record its own outcome: without this, the previous stage's outcome
     * (or the last pass of a loop) would pre-fill the form and satisfy the gate unnoticed.
     */
    enum OutcomeReset implements TaskListener {
        INSTANCE;

        @Override
        public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
            task.getExecution().removeVariable("outcome");
        }
    }
}

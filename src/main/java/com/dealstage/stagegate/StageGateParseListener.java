package com.dealstage.stagegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Attaches the gate to every stage of every diagram the engine parses: entry and completion of each user task,
 * entry of each service task, and the process start. All as built-in listeners, which
 * {@code skipCustomListeners} does not skip.
 */
final class StageGateParseListener extends AbstractBpmnParseListener {

    private final StageGate gate;
    private final EntryCheck entryCheck;

    StageGateParseListener(StageGate gate) {
        this.gate = gate;
        this.entryCheck = new EntryCheck(gate);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        rememberForm(element, activity);
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, entryCheck);
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, OutcomeReset.INSTANCE);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, gate);
    }

    /** Service tasks act on the deal (hand-over, repeat deal): they too wait for the stages before them. */
    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, entryCheck);
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (scope instanceof ProcessDefinitionEntity) {
            rememberForm(element, activity);
        }
    }

    /**
     * The start form (e.g. lead intake) is a stage too: a deal without its mandatory data never starts. Checked when
     * the process instance starts, however it starts: at its start event or by start instructions elsewhere.
     */
    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity process) {
        process.addBuiltInListener(ExecutionListener.EVENTNAME_START, gate);
    }

    private static void rememberForm(Element element, ActivityImpl activity) {
        String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        if (formRef != null) {
            activity.setProperty(StageFields.FORM_REF, formRef);
        }
    }

    /**
     * A stage that branches must record its own outcome: without this, the previous stage's outcome
     * (or the last pass of a loop) would pre-fill the form and satisfy the gate unnoticed.
     */
    enum OutcomeReset implements TaskListener {
        INSTANCE;

        @Override
        public void notify(DelegateTask task) {
            GuardState.trusted(() -> task.getExecution().removeVariable("outcome"));
        }
    }
}

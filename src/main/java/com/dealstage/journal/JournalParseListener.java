package com.dealstage.journal;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Attaches the journal to every stage (user task) and every process start of every diagram the engine parses, as
 * built-in listeners: {@code skipCustomListeners} does not skip them. Added after the stage gate's and history's
 * own listeners, so a stage the gate refuses to enter gets no row.
 */
final class JournalParseListener extends AbstractBpmnParseListener {

    private final JournalRecorder recorder = new JournalRecorder();

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) recorder::entered);
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) recorder::left);
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (scope instanceof ProcessDefinitionEntity) {
            activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) recorder::started);
        }
    }
}

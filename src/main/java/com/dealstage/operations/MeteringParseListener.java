package com.dealstage.operations;

import com.dealstage.deal.DealPipeline;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Counts every stage completed and every deal started, in every diagram, whatever the channel. */
final class MeteringParseListener extends AbstractBpmnParseListener {

    private final StageMeters meters;

    MeteringParseListener(StageMeters meters) {
        this.meters = meters;
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String process = processKey(scope);
        String stage = activity.getId();
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition().addBuiltInTaskListener(
                TaskListener.EVENTNAME_COMPLETE, task -> meters.stageCompleted(process, stage));
    }

    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity process) {
        if (DealPipeline.PROCESS_KEY.equals(process.getKey())) {
            process.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                    execution -> meters.dealStarted((String) execution.getVariable(DealPipeline.SOURCE)));
        }
    }

    private static String processKey(ScopeImpl scope) {
        return scope.getProcessDefinition() instanceof ProcessDefinitionEntity definition ? definition.getKey() : "";
    }
}

package com.dealstage.deal;

import com.dealstage.clients.Clients;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.bpmn.delegate.ExecutionListenerInvocation;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Attaches {@link DealIntake} to the start of every deal-pipeline version the engine parses, as a built-in
 * listener (skip flags cannot skip it), after the stage gate's own start check (the gate's parse listener runs
 * first, ours after Camunda's). It is the app's own building block, so it runs the way the engine runs diagram
 * delegates: through the engine's delegate interceptor (whose writes the stage gate trusts, and which runs custom
 * code without the caller's authorization checks, so another manager's open deal is seen too).
 */
@Component
class DealIntakePlugin extends AbstractProcessEnginePlugin {

    private static final String COLD_CALL = "coldCall";

    private final Clients clients;

    DealIntakePlugin(Clients clients) {
        this.clients = clients;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AtDealStart(new DealIntake(clients)));
    }

    private static final class AtDealStart extends AbstractBpmnParseListener {
        private final ExecutionListener listener;

        AtDealStart(DealIntake intake) {
            this.listener = new AsDelegate(intake);
        }

        @Override
        public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (scope instanceof ProcessDefinitionEntity process && DealPipeline.PROCESS_KEY.equals(process.getKey())) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, listener);
            }
        }

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (scope.getProcessDefinition() instanceof ProcessDefinitionEntity process
                    && DealPipeline.PROCESS_KEY.equals(process.getKey()) && COLD_CALL.equals(activity.getId())) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, SCORE_AS_PRIORITY);
            }
        }
    }

    /** The cold call of a scored lead carries the score as its priority: Tasklist's "My tasks" lists it first. */
    private static final TaskListener SCORE_AS_PRIORITY = task -> {
        if (task.getVariable(ListEntry.LEAD_SCORE) instanceof Number score) {
            task.setPriority(score.intValue());
        }
    };

    private record AsDelegate(DealIntake intake) implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) throws Exception {
            Context.getProcessEngineConfiguration().getDelegateInterceptor()
                    .handleInvocation(new ExecutionListenerInvocation(intake, execution));
        }
    }
}

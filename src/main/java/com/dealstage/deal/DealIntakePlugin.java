package com.dealstage.deal;

import com.dealstage.clients.Clients;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    private final ObjectProvider<PlannedContactsOnHold> holds;
    /** Asked at each start, not when the engine is built: the scoring rules come from another module. */
    private final Supplier<LeadScoring> scoring;

    private final DealOwners owners;

    @Autowired
    DealIntakePlugin(Clients clients, ObjectProvider<PlannedContactsOnHold> holds,
            ObjectProvider<LeadScoring> scoring, DealProperties properties) {
        this.clients = clients;
        this.holds = holds;
        this.scoring = scoring::getIfAvailable;
        this.owners = new DealOwners(properties.nonSalesGroups());
    }

    /**
     * A plain engine (tests): no blacklist holds; leads scored by {@code scoring}, or not at all when null; the
     * manager a user with a group outside {@code nonSalesGroups}, or any id at all when null.
     */
    DealIntakePlugin(Clients clients, LeadScoring scoring, List<String> nonSalesGroups) {
        this.clients = clients;
        this.holds = null;
        this.scoring = () -> scoring;
        this.owners = nonSalesGroups == null ? null : new DealOwners(nonSalesGroups);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
        }
        DealIntake intake = new DealIntake(clients, scoring, owners);
        configuration.getCustomPostBPMNParseListeners().add(new AtDealStart(intake, holds));
    }

    private static final class AtDealStart extends AbstractBpmnParseListener {
        private final ExecutionListener listener;
        private final ObjectProvider<PlannedContactsOnHold> holds;

        AtDealStart(DealIntake intake, ObjectProvider<PlannedContactsOnHold> holds) {
            this.listener = new AsDelegate(intake);
            this.holds = holds;
        }

        /** A deal of a blacklisted client that reaches a planned contact later gets it held once the step commits. */
        @Override
        public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (holds != null && scope.getProcessDefinition() instanceof ProcessDefinitionEntity process
                    && DealPipeline.PROCESS_KEY.equals(process.getKey())
                    && PlannedContactsOnHold.PLANNED_CONTACTS.contains(activity.getId())) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
                    String deal = execution.getProcessInstanceId();
                    if (TransactionSynchronizationManager.isSynchronizationActive()) {
                        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                            @Override
                            public void afterCommit() {
                                holds.getObject().holdIfBlacklisted(deal);
                            }
                        });
                    }
                });
            }
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

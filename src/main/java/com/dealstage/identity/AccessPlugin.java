package com.dealstage.identity;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs the per-record rights into the engine: tasks belong to their assignee, deals to their manager.
 * The rights of each role are in {@link RoleGrants}; engine settings (TASK_WORK as the assignee's task
 * permission, historic instance permissions, login throttling) in application.yaml.
 */
@Component
class AccessPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new OwnTasksAuthorizationProvider());
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new DealOwnerGrant());
    }
}

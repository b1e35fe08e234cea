package com.dealstage.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A deal belongs to its manager: when a process instance starts with a {@code manager} variable naming an
 * existing user, that user may read the instance (its variables, at every stage, also while it waits on a
 * timer) and its history. Read only: moving, changing or deleting a deal stays with the engine and admins.
 * The alternative, task rights alone, would hide a deal from its own manager whenever no task of his is open.
 * Attached as a built-in listener, so even a start with skipCustomListeners grants it.
 */
class DealOwnerGrant extends AbstractBpmnParseListener implements ExecutionListener {

    static final String MANAGER = "manager";

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, this);
    }

    @Override
    public void notify(DelegateExecution instance) {
        if (!(instance.getVariable(MANAGER) instanceof String manager) || manager.isBlank()) {
            return;
        }
        String id = instance.getProcessInstanceId();
        AuthorizationService authorizations = instance.getProcessEngineServices().getAuthorizationService();
        Context.getCommandContext().runWithoutAuthorization(() -> {
            // "*" or an unknown id must not become a grant for everybody or for a user created later
            if (instance.getProcessEngineServices().getIdentityService().createUserQuery().userId(manager).count() > 0) {
                grant(authorizations, manager, Resources.PROCESS_INSTANCE, id, Permissions.READ);
                grant(authorizations, manager, Resources.HISTORIC_PROCESS_INSTANCE, id,
                        HistoricProcessInstancePermissions.READ);
            }
            return null;
        });
    }

    private static void grant(AuthorizationService authorizations, String userId, Resource resource, String id,
            Permission permission) {
        var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setUserId(userId);
        authorization.setResource(resource);
        authorization.setResourceId(id);
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }
}

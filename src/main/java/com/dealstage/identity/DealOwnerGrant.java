package com.dealstage.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
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
        CommandContext command = Context.getCommandContext();
        command.runWithoutAuthorization(() -> {
            // "*" or an unknown id must not become a grant for everybody or for a user created later
            if (command.getReadOnlyIdentityProvider().findUserById(manager) != null) {
                ExecutionEntity deal = (ExecutionEntity) instance;
                grant(command, deal, manager, Resources.PROCESS_INSTANCE, Permissions.READ);
                grant(command, deal, manager, Resources.HISTORIC_PROCESS_INSTANCE,
                        HistoricProcessInstancePermissions.READ);
            }
            return null;
        });
    }

    /**
     * Written straight into the command's session, as the engine writes a new task's grants: the deal's history is
     * not flushed yet, so the authorization service's own look-up of it (for the removal time) would find nothing and
     * leave the grant out of the history cleanup. With the root process instance, the deal's end gives the grant the
     * removal time of its history (Camunda's default removal-time strategy 'end', which the application keeps).
     */
    private static void grant(CommandContext command, ExecutionEntity deal, String userId, Resource resource,
            Permission permission) {
        AuthorizationEntity authorization = new AuthorizationEntity(AUTH_TYPE_GRANT);
        authorization.setUserId(userId);
        authorization.setResource(resource);
        authorization.setResourceId(deal.getProcessInstanceId());
        authorization.addPermission(permission);
        authorization.setRootProcessInstanceId(deal.getRootProcessInstanceId());
        command.getAuthorizationManager().insert(authorization);
    }
}

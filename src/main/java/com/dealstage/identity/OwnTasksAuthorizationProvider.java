package com.dealstage.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default task rights with one rule on top: a task belongs to its assignee. Candidate users and
 * groups get rights on a task only while nobody is assigned ("offered to the group"); whoever is assigned
 * takes it over, and a previous assignee or the group loses its rights on that task. Without this, every
 * stage (assignee ${manager}, candidate group sales-managers) would be readable and workable by every manager.
 * Also: whoever deploys may read his deployment but not delete it (a cascading delete would delete deals).
 */
class OwnTasksAuthorizationProvider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        return offeredWhileUnassigned(task, type) ? super.newTaskUserIdentityLink(task, userId, type) : null;
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        return offeredWhileUnassigned(task, type) ? super.newTaskGroupIdentityLink(task, groupId, type) : null;
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        List<AuthorizationEntity> granted = new ArrayList<>();
        if (!Objects.equals(oldAssignee, newAssignee)) {
            Set<IdentityLink> candidates = ((DelegateTask) task).getCandidates();
            // users who keep their rights on this task; revoking them too would race the grant in the same flush
            Set<String> keeping = new HashSet<>();
            keeping.add(newAssignee);
            keeping.add(task.getOwner());
            if (newAssignee == null) {
                candidates.stream().map(IdentityLink::getUserId).forEach(keeping::add);
            }
            if (oldAssignee != null && !keeping.contains(oldAssignee)) {
                revokeUser(task.getId(), oldAssignee);
            }
            for (IdentityLink candidate : candidates) {
                if (newAssignee == null) {
                    granted.addAll(List.of(candidate.getUserId() != null
                            ? createOrUpdateAuthorizationsByUserId(task, candidate.getUserId())
                            : createOrUpdateAuthorizationsByGroupId(task, candidate.getGroupId())));
                } else if (candidate.getGroupId() != null) {
                    revokeGroup(task.getId(), candidate.getGroupId());
                } else if (!keeping.contains(candidate.getUserId())) {
                    revokeUser(task.getId(), candidate.getUserId());
                }
            }
        }
        AuthorizationEntity[] assignee = super.newTaskAssignee(task, oldAssignee, newAssignee);
        if (assignee != null) {
            granted.addAll(List.of(assignee));
        }
        return granted.toArray(new AuthorizationEntity[0]);
    }

    /** READ only: Camunda's default adds DELETE, and deleting a deployment with cascade deletes its deals. */
    @Override
    public AuthorizationEntity[] newDeployment(Deployment deployment) {
        Authentication current = Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
        if (current == null || current.getUserId() == null) {
            return null;
        }
        return new AuthorizationEntity[] {
                createGrantAuthorization(current.getUserId(), null, DEPLOYMENT, deployment.getId(), READ) };
    }

    /**
     * A task created in this very command has no stored authorization yet, so there is nothing to look up: the
     * default provider's SELECT before each grant (two per new task) is skipped. Grants made earlier in the same
     * command are still merged, by the default provider's look in the command's cache.
     */
    @Override
    protected AuthorizationEntity getGrantAuthorization(String taskId, String userId, String groupId,
            Resource resource) {
        TaskEntity task = Context.getCommandContext().getDbEntityManager().getCachedEntity(TaskEntity.class, taskId);
        if (task != null && Context.getCommandContext().getDbEntityManager().getDbEntityCache().isTransient(task)) {
            return null;
        }
        return super.getGrantAuthorization(taskId, userId, groupId, resource);
    }

    private static boolean offeredWhileUnassigned(Task task, String type) {
        return !IdentityLinkType.CANDIDATE.equals(type) || task.getAssignee() == null;
    }

    private void revokeGroup(String taskId, String groupId) {
        AuthorizationManager manager = getAuthorizationManager();
        manager.deleteAuthorizationsByResourceIdAndGroupId(TASK, taskId, groupId);
        manager.deleteAuthorizationsByResourceIdAndGroupId(HISTORIC_TASK, taskId, groupId);
    }

    private void revokeUser(String taskId, String userId) {
        AuthorizationManager manager = getAuthorizationManager();
        manager.deleteAuthorizationsByResourceIdAndUserId(TASK, taskId, userId);
        manager.deleteAuthorizationsByResourceIdAndUserId(HISTORIC_TASK, taskId, userId);
    }
}

package com.dealstage.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Turns the loser of a race on a task into a 409. When two people complete (or claim) one task at once,
 * the loser's command fails in whatever way the winner's commit made it fail: an optimistic lock, a task
 * that is suddenly missing, or an authorization that went away with the task. Whatever the engine said,
 * if the task is now finished in the history and was the caller's to work on, he learns that it was
 * completed meanwhile. Others keep the engine's answer, so nobody learns about tasks that were not theirs.
 */
@Component
class CompletedTasks {

    /** /engine-rest/task/{id}/..., /camunda/api/engine/engine/default/task/{id}/..., /api/tasks/{id}/... */
    private static final Pattern TASK_PATH = Pattern.compile("/tasks?/([^/]+)/[^/]+");

    private final TaskService tasks;
    private final HistoryService history;
    private final IdentityService identity;

    CompletedTasks(TaskService tasks, HistoryService history, IdentityService identity) {
        this.tasks = tasks;
        this.history = history;
        this.identity = identity;
    }

    /** A 409 when a command on a task failed because the task was finished meanwhile; otherwise the answer given. */
    ErrorAnswer refine(ErrorAnswer answer, String method, String path) {
        if ("GET".equals(method) || path == null || !(answer.isServerError() || answer.status() == 400
                || answer.status() == 403 || answer.status() == 404 || answer.status() == 409)) {
            return answer;
        }
        Matcher task = TASK_PATH.matcher(path);
        String message = task.find() ? finishedMeanwhile(task.group(1)) : null;
        return message == null ? answer : ErrorAnswer.of(409, "TaskAlreadyCompleted", message);
    }

    private String finishedMeanwhile(String taskId) {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null) {
            return null;
        }
        // the caller may not read history; this look-up only decides which of two true answers he gets
        identity.clearAuthentication();
        try {
            if (tasks.createTaskQuery().taskId(taskId).count() > 0) {
                return null;
            }
            HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
            if (task == null || !wasTheirs(task, caller)) {
                return null;
            }
            String what = "completed".equals(task.getDeleteReason()) ? "has already been completed"
                    : "is no longer open (" + task.getDeleteReason() + ")";
            return "Task '" + task.getName() + "' (" + taskId + ") " + what + "; reload the deal to see where it stands.";
        } finally {
            identity.setAuthentication(caller);
        }
    }

    private boolean wasTheirs(HistoricTaskInstance task, Authentication caller) {
        String user = caller.getUserId();
        if (user.equals(task.getAssignee()) || user.equals(task.getOwner())) {
            return true;
        }
        return history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type(IdentityLinkType.CANDIDATE)
                .list().stream().anyMatch(link -> user.equals(link.getUserId())
                        || link.getGroupId() != null && caller.getGroupIds() != null
                        && caller.getGroupIds().contains(link.getGroupId()));
    }
}

package com.dealstage.deal;

import com.dealstage.api.StageValues;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A deal's stage tasks: the caller's own and his groups', and completing one through the stage gate. */
@RestController
@RequestMapping("/api/tasks")
class TasksController {

    private final TaskService taskService;
    private final IdentityService identityService;
    private final StageValues stageValues;

    TasksController(TaskService taskService, IdentityService identityService, StageValues stageValues) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.stageValues = stageValues;
    }

    @Operation(summary = "The caller's tasks: assigned to him or offered to his groups")
    @GetMapping
    List<TaskSummary> myTasks() {
        Authentication user = identityService.getCurrentAuthentication();
        return taskService.createTaskQuery().or().taskAssignee(user.getUserId()).taskCandidateUser(user.getUserId())
                .endOr().orderByTaskCreateTime().asc().list().stream().map(TaskSummary::of).toList();
    }

    @Operation(summary = "Complete a stage with its data; a stage-gate refusal is a 422 listing every violation")
    @PostMapping("/{taskId}/complete")
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody(required = false) Map<String, Object> values) {
        taskService.complete(taskId, stageValues.checked(values));
        return ResponseEntity.noContent().build();
    }
}

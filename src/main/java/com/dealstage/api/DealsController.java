package com.dealstage.api;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deals and their stage tasks for integrations (imports, CRMs, scripts). Everything runs as the
 * authenticated user, through the same engine, authorizations and stage gate as Tasklist.
 */
@RestController
@RequestMapping("/api")
class DealsController {

    static final String DEAL_PIPELINE = "deal-pipeline";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final StageValues stageValues;
    private final HistoryService historyService;

    DealsController(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
            StageValues stageValues, HistoryService historyService) {
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.stageValues = stageValues;
    }

    @Operation(summary = "Start a deal from a lead (companyName, source, manager, ...); the lead-intake gate applies")
    @PostMapping("/deals")
    ResponseEntity<DealStarted> startDeal(@RequestBody(required = false) Map<String, Object> lead) {
        ProcessInstance deal = runtimeService.startProcessInstanceByKey(DEAL_PIPELINE, stageValues.checked(lead));
        return ResponseEntity.created(URI.create("/api/deals/" + deal.getId())).body(new DealStarted(deal.getId()));
    }

    @Operation(summary = "Open tasks of a deal that the caller may see")
    @GetMapping("/deals/{dealId}/tasks")
    List<TaskSummary> dealTasks(@PathVariable String dealId) {
        List<TaskSummary> tasks = taskService.createTaskQuery().processInstanceId(dealId).list().stream()
                .map(TaskSummary::of).toList();
        if (tasks.isEmpty() && !dealExists(dealId)) {
            throw new Refusal(ErrorAnswer.notFound("There is no deal with id " + dealId + "."));
        }
        return tasks;
    }

    /** Whether the id is a deal at all, running or ended; the caller's rights decide only what he sees of it. */
    private boolean dealExists(String dealId) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return historyService.createHistoricProcessInstanceQuery().processInstanceId(dealId).count() > 0;
        } finally {
            identityService.setAuthentication(caller);
        }
    }

    @Operation(summary = "The caller's tasks: assigned to him or offered to his groups")
    @GetMapping("/tasks")
    List<TaskSummary> myTasks() {
        Authentication user = identityService.getCurrentAuthentication();
        return taskService.createTaskQuery().or().taskAssignee(user.getUserId()).taskCandidateUser(user.getUserId())
                .endOr().orderByTaskCreateTime().asc().list().stream().map(TaskSummary::of).toList();
    }

    @Operation(summary = "Complete a stage with its data; a stage-gate refusal is a 422 listing every violation")
    @PostMapping("/tasks/{taskId}/complete")
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody(required = false) Map<String, Object> values) {
        taskService.complete(taskId, stageValues.checked(values));
        return ResponseEntity.noContent().build();
    }

    record DealStarted(String id) {
    }
}

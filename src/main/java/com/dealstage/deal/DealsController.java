package com.dealstage.deal;

import com.dealstage.api.StageValues;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deals for integrations and people: start one from a lead, list and read them as the caller may, and their open
 * tasks. Starting runs as the authenticated user through the same engine, authorizations and stage gate as
 * Tasklist; reading follows who may see which deal ({@link Viewer}).
 */
@RestController
@RequestMapping("/api/deals")
class DealsController {

    private final Deals deals;
    private final DealList list;
    private final DealDetailsReader details;
    private final EngineReads reads;
    private final TaskService taskService;
    private final IdentityService identity;
    private final StageValues stageValues;
    private final HistoryService history;

    DealsController(Deals deals, DealList list, DealDetailsReader details, EngineReads reads, TaskService taskService,
            IdentityService identity, StageValues stageValues, HistoryService history) {
        this.stageValues = stageValues;
        this.history = history;
        this.deals = deals;
        this.list = list;
        this.details = details;
        this.reads = reads;
        this.taskService = taskService;
        this.identity = identity;
    }

    @Operation(summary = "Start a deal from a lead (companyName, companyTaxId, source, manager); the lead-intake "
            + "gate applies; 409 when the client has an open deal, 422 when it is blacklisted or the INN is wrong")
    @PostMapping
    ResponseEntity<DealStarted> startDeal(@RequestBody(required = false) Map<String, Object> lead) {
        String id = deals.start(Lead.of(stageValues.checked(lead)), Origin.newLead());
        return ResponseEntity.created(URI.create("/api/deals/" + id)).body(new DealStarted(id));
    }

    @Operation(summary = "Deals the caller may see (a manager his own, heads of sales all), filtered by manager, "
            + "current stage, client, source and the period they started in; paged and sorted")
    @GetMapping
    DealPage deals(@RequestParam(required = false) String manager, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String clientId, @RequestParam(required = false) String source,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size,
            @RequestParam(required = false) String sort) {
        Viewer viewer = Viewer.of(identity.getCurrentAuthentication());
        DealFilter filter = DealFilter.parse(manager, stage, clientId, source, from, to, page, size, sort);
        if (viewer.manager() != null) {
            if (filter.manager() != null && !filter.manager().equals(viewer.manager())) {
                throw Viewer.forbidden("A sales manager sees only his own deals, not those of " + filter.manager() + ".");
            }
            filter = filter.onlyOf(viewer.manager());
        }
        DealFilter checked = filter;
        return reads.read(() -> list.page(checked));
    }

    @Operation(summary = "One deal: current stage, its data grouped by stage, the stage history, linked deals")
    @GetMapping("/{dealId}")
    DealDetails deal(@PathVariable String dealId) {
        Viewer viewer = Viewer.of(identity.getCurrentAuthentication());
        return reads.read(() -> details.read(dealId, viewer));
    }

    @Operation(summary = "Open tasks of a deal that the caller may see")
    @GetMapping("/{dealId}/tasks")
    List<TaskSummary> dealTasks(@PathVariable String dealId) {
        List<TaskSummary> tasks = taskService.createTaskQuery().processInstanceId(dealId).list().stream()
                .map(TaskSummary::of).toList();
        boolean known = !tasks.isEmpty() || reads.read(() ->
                history.createHistoricProcessInstanceQuery().processInstanceId(dealId).count() > 0);
        if (!known) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_FOUND, "There is no deal with id " + dealId + "."), null);
        }
        return tasks;
    }

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> refused(ErrorResponseException refusal) {
        return ResponseEntity.status(refusal.getStatusCode()).body(refusal.getBody());
    }

    record DealStarted(String id) {
    }
}

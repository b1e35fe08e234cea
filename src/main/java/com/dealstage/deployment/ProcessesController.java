package com.dealstage.deployment;

import com.dealstage.identity.Groups;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which file of processes/ is at which version, what the engine refused, and where rules and diagrams disagree. */
@RestController
@RequestMapping("/api/processes")
class ProcessesController {

    /**
     * Process owners change the diagrams, admins run the nodes, heads of sales must know when a stage's gate is off;
     * the status names files and stages, no deal data, but it is nobody else's business.
     */
    private static final Set<String> READERS = Set.of(Groups.PROCESS_OWNERS, Groups.ADMIN, Groups.SALES_HEADS);

    private final ProcessesStatusReader status;
    private final IdentityService identityService;

    ProcessesController(ProcessesStatusReader status, IdentityService identityService) {
        this.status = status;
        this.identityService = identityService;
    }

    /** 200 with the status; 403 outside process-owners, camunda-admin and sales-heads. */
    @GetMapping("/status")
    ResponseEntity<?> status() {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null || caller.getGroupIds().stream().noneMatch(READERS::contains)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, "Only process owners, heads of sales and administrators may read the "
                            + "processes status."));
        }
        return ResponseEntity.ok(status.status());
    }
}

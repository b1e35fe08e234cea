package com.dealstage.rules;

import com.dealstage.identity.Groups;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets process owners and ops see which rules are in force and apply an edit right away.
 */
@RestController
@RequestMapping("/api/rules")
class RulesController {

    /** Swapping the rule base changes what every stage requires: the rules' owners and admins only. */
    private static final Set<String> RELOADERS = Set.of(Groups.PROCESS_OWNERS, Groups.ADMIN);

    private final RuleEngine ruleEngine;
    private final IdentityService identityService;

    RulesController(RuleEngine ruleEngine, IdentityService identityService) {
        this.ruleEngine = ruleEngine;
        this.identityService = identityService;
    }

    @GetMapping("/status")
    RulesStatus status() {
        return this.ruleEngine.status();
    }

    /**
     * 200 with the new status when the rules were swapped in; 422 with the status (state
     * FAILED_RELOAD, file, line and message of every error) when they were refused, so that
     * scripts and {@code curl --fail} notice a refused edit. 403 for callers outside process-owners
     * and camunda-admin.
     */
    @PostMapping("/reload")
    ResponseEntity<?> reload() {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null || caller.getGroupIds().stream().noneMatch(RELOADERS::contains)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, "Only process owners and administrators may reload the rules."));
        }
        RulesStatus status = this.ruleEngine.reload();
        return ResponseEntity.status(status.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(status);
    }

}

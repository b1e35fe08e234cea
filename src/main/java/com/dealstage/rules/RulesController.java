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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets process owners and ops see which rules are in force, apply an edit right away, and try a file before saving.
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
        if (!mayChangeRules()) {
            return forbidden("Only process owners and administrators may reload the rules.");
        }
        RulesStatus status = this.ruleEngine.reload();
        return ResponseEntity.status(status.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(status);
    }

    /**
     * Checks a rule file (the body, text/plain) as rules/{@code file} together with the other rule files, without
     * installing it: 200 with ok, errors and warnings (a refusal is an answer here, not an error); 400 for a file
     * name outside the rules folder or an empty body; 403 outside process-owners and camunda-admin.
     */
    @PostMapping("/validate")
    ResponseEntity<?> validate(@RequestParam(name = "file", required = false) String file,
            @RequestBody(required = false) String drl) {
        if (!mayChangeRules()) {
            return forbidden("Only process owners and administrators may validate rule files.");
        }
        try {
            return ResponseEntity.ok(this.ruleEngine.validate(file, drl));
        }
        catch (IllegalArgumentException ex) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    ex.getMessage()));
        }
    }

    private boolean mayChangeRules() {
        Authentication caller = identityService.getCurrentAuthentication();
        return caller != null && caller.getGroupIds().stream().anyMatch(RELOADERS::contains);
    }

    private static ResponseEntity<ProblemDetail> forbidden(String sentence) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                sentence));
    }

}

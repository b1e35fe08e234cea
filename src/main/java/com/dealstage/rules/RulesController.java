package com.dealstage.rules;

import org.springframework.http.HttpStatus;
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

    private final RuleEngine ruleEngine;

    RulesController(RuleEngine ruleEngine) {
        this.ruleEngine = ruleEngine;
    }

    @GetMapping("/status")
    RulesStatus status() {
        return this.ruleEngine.status();
    }

    /**
     * 200 with the new status when the rules were swapped in; 422 with the status (state
     * FAILED_RELOAD, file, line and message of every error) when they were refused, so that
     * scripts and {@code curl --fail} notice a refused edit.
     */
    @PostMapping("/reload")
    ResponseEntity<RulesStatus> reload() {
        RulesStatus status = this.ruleEngine.reload();
        return ResponseEntity.status(status.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(status);
    }

}

package com.dealstage.survey;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The company's NPS for those who steer by it; a sales manager's own scores are not his to browse here. */
@RestController
@RequestMapping("/api/nps")
class NpsController {

    private static final Set<String> READERS = Set.of("sales-heads", "quality-control", "process-owners",
            "camunda-admin");

    private final SurveyRecords surveys;
    private final IdentityService identityService;

    NpsController(SurveyRecords surveys, IdentityService identityService) {
        this.surveys = surveys;
        this.identityService = identityService;
    }

    @Operation(summary = "NPS of the quality calls made from 'from' to 'to' (both days included)")
    @GetMapping
    NpsReport nps(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null || caller.getGroupIds().stream().noneMatch(READERS::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "NPS is for heads of sales and quality control.");
        }
        if (from.isAfter(to)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'from' must not be after 'to'.");
        }
        return NpsReport.of(from, to, surveys.answersBetween(from, to));
    }
}

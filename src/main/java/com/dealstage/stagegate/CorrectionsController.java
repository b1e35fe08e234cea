package com.dealstage.stagegate;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
import org.springframework.web.bind.annotation.RestController;

/** Corrections of a passed stage's data, for heads of sales (and admins): re-checked by the rules, audited. */
@RestController
@RequestMapping("/api/deals/{dealId}/corrections")
class CorrectionsController {

    private static final List<String> MAY_CORRECT = List.of("sales-heads", "camunda-admin");
    private final Corrections corrections;
    private final IdentityService identity;

    CorrectionsController(Corrections corrections, IdentityService identity) {
        this.corrections = corrections;
        this.identity = identity;
    }

    @Operation(summary = "Correct fields of a passed stage (heads of sales): the stage's rules are re-checked, "
            + "every change is recorded with who, when and why")
    @PostMapping
    List<Correction> correct(@PathVariable String dealId, @RequestBody CorrectionRequest request) {
        String user = mayCorrect();
        if (request == null || request.values() == null || request.values().isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, "'values' must name at least one field of the stage and its new value."), null);
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, "'reason' is required: say why the recorded data was wrong."), null);
        }
        return corrections.correct(dealId, request, user);
    }

    @Operation(summary = "Every correction made to a deal's passed stages")
    @GetMapping
    List<Correction> history(@PathVariable String dealId) {
        mayCorrect();
        return corrections.of(dealId);
    }

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> refused(ErrorResponseException refusal) {
        return ResponseEntity.status(refusal.getStatusCode()).body(refusal.getBody());
    }

    @ExceptionHandler(CorrectionConflict.class)
    ProblemDetail conflict(CorrectionConflict conflict) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
    }

    private String mayCorrect() {
        Authentication user = identity.getCurrentAuthentication();
        if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(MAY_CORRECT::contains)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Only heads of sales correct a passed stage's data."), null);
        }
        return user.getUserId();
    }
}

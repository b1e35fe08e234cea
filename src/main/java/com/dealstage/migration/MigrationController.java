package com.dealstage.migration;

import com.dealstage.identity.Groups;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moving running deals to another version of deal-pipeline. Admins only, like migration on /engine-rest: moving a
 * deal is runtime surgery. A dry run answers 200 with the report; the real run 202 with the batch to follow.
 */
@RestController
@RequestMapping("/api/processes/deal-pipeline/migrations")
class MigrationController {

    private final DealMigrations migrations;
    private final MigrationBatches batches;
    private final IdentityService identity;
    private final ObjectMapper json;

    MigrationController(DealMigrations migrations, MigrationBatches batches, IdentityService identity,
            ObjectMapper json) {
        this.migrations = migrations;
        this.batches = batches;
        this.identity = identity;
        this.json = json;
    }

    /** The body is read only after the rights check: a caller without them learns nothing from its parsing. */
    @Operation(summary = "Dry run (default) or real run of moving running deals between versions (admins)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = MigrationRequest.class))))
    @PostMapping
    ResponseEntity<?> migrate(@RequestBody(required = false) String body) {
        adminsOnly();
        MigrationRequest request = read(body).checked();
        if (request.isDryRun()) {
            return ResponseEntity.ok(migrations.dryRun(request));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(migrations.start(request));
    }

    @Operation(summary = "Progress of a migration batch (admins)")
    @GetMapping("/{batchId}")
    BatchProgress progress(@PathVariable String batchId) {
        adminsOnly();
        return batches.progress(batchId);
    }

    private MigrationRequest read(String body) {
        MigrationRequest request = null;
        try {
            request = body == null || body.isBlank() ? null : json.readValue(body, MigrationRequest.class);
        } catch (JsonProcessingException unreadable) {
            throw MigrationRefused.badRequest(null, "The body is not the expected JSON object ("
                    + unreadable.getOriginalMessage() + "); send {\"from\": 3, \"to\": 4, \"dryRun\": true}.");
        }
        if (request == null) {
            throw MigrationRefused.badRequest(null, "Send a JSON object: {\"from\": 3, \"to\": 4, \"dryRun\": true}.");
        }
        return request;
    }

    @ExceptionHandler(MigrationRefused.class)
    ResponseEntity<ProblemDetail> refused(MigrationRefused refused) {
        return ResponseEntity.status(refused.status()).body(refused.problem());
    }

    private void adminsOnly() {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.ADMIN)) {
            throw MigrationRefused.forbidden("Only administrators may migrate deals to another process version.");
        }
    }
}

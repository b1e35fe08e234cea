package com.dealstage.imports;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** Heads of sales (and admins) import lists and keep the blacklist; an import is read by them and its uploader. */
@Component
class ImportAccess {

    private static final List<String> MAY_IMPORT = List.of("sales-heads", "camunda-admin");

    private final IdentityService identity;
    private final ImportRuns runs;

    ImportAccess(IdentityService identity, ImportRuns runs) {
        this.identity = identity;
        this.runs = runs;
    }

    /** @return the caller's user id */
    String mayImport() {
        Authentication user = identity.getCurrentAuthentication();
        if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(MAY_IMPORT::contains)) {
            throw refusal(HttpStatus.FORBIDDEN, "Only heads of sales import lists and keep the blacklist.");
        }
        return user.getUserId();
    }

    ImportRun mayRead(String id) {
        Authentication user = identity.getCurrentAuthentication();
        ImportRun run = runs.find(id).orElse(null);
        boolean head = user != null && user.getGroupIds() != null
                && user.getGroupIds().stream().anyMatch(MAY_IMPORT::contains);
        if (run == null || !(head || user != null && user.getUserId().equals(run.startedBy()))) {
            // an import the caller may not read looks like none: ids are not to be probed
            throw refusal(HttpStatus.NOT_FOUND, "There is no import with id " + id + ".");
        }
        return run;
    }

    static ErrorResponseException refusal(HttpStatus status, String sentence) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, sentence), null);
    }
}

package com.dealstage.migration;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A migration request refused with a 4xx and a sentence naming what is wrong (and the field, when one is). */
final class MigrationRefused extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    private MigrationRefused(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    static MigrationRefused badRequest(String field, String message) {
        return new MigrationRefused(HttpStatus.BAD_REQUEST, field, message);
    }

    static MigrationRefused forbidden(String message) {
        return new MigrationRefused(HttpStatus.FORBIDDEN, null, message);
    }

    static MigrationRefused notFound(String field, String message) {
        return new MigrationRefused(HttpStatus.NOT_FOUND, field, message);
    }

    static MigrationRefused conflict(String message) {
        return new MigrationRefused(HttpStatus.CONFLICT, null, message);
    }

    static MigrationRefused unprocessable(String message) {
        return new MigrationRefused(HttpStatus.UNPROCESSABLE_ENTITY, null, message);
    }

    ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    HttpStatus status() {
        return status;
    }
}

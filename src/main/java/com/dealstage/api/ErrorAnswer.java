package com.dealstage.api;

/**
 * A refusal as the caller sees it: status, a short type, one sentence and, when one input is at fault,
 * its name. The same answer is rendered in Camunda's shape on /engine-rest and Tasklist's API
 * ({type, message}) and as a ProblemDetail on /api.
 */
record ErrorAnswer(int status, String type, String message, String field) {

    static final int UNPROCESSABLE = 422;

    static ErrorAnswer of(int status, String type, String message) {
        return new ErrorAnswer(status, type, message, null);
    }

    static ErrorAnswer badRequest(String message) {
        return of(400, "InvalidRequest", message);
    }

    static ErrorAnswer notFound(String message) {
        return of(404, "NotFound", message);
    }

    static ErrorAnswer conflict(String message) {
        return of(409, "Conflict", message);
    }

    static ErrorAnswer tooLarge(String message) {
        return of(413, "PayloadTooLarge", message);
    }

    static ErrorAnswer invalidVariable(int status, String field, String message) {
        return new ErrorAnswer(status, "InvalidVariable", message, field);
    }

    boolean isServerError() {
        return status >= 500;
    }
}

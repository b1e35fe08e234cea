package com.dealstage.api;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An error the caller cannot fix: he gets a generic sentence and an id; the log gets the id, the
 * request and the whole stack trace, so support finds one from the other.
 */
final class ServerErrors {

    private static final Logger log = LoggerFactory.getLogger(ServerErrors.class);

    private ServerErrors() {
    }

    static ErrorAnswer unexpected(Throwable error, String request) {
        String id = UUID.randomUUID().toString().substring(0, 13);
        log.error("Unexpected error {} answering {}", id, request, error);
        return ErrorAnswer.of(500, "ServerError", "The server could not complete this request (error id " + id
                + "); the error is logged under that id.");
    }
}

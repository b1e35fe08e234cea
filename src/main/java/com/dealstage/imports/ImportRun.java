package com.dealstage.imports;

import java.time.Instant;

/** One uploaded list (table import_run). */
record ImportRun(String id, String fileName, String sha256, long sizeBytes, String charset, char separator,
        String mapping, Status status, String startedBy, Instant createdAt, Instant heartbeatAt, String worker,
        Instant finishedAt, String message) {

    enum Status { RUNNING, DONE, INTERRUPTED }
}

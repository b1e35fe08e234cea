package com.dealstage.imports;

import java.time.Instant;
import java.util.Map;

/**
 * An import's progress as GET /api/imports/{id} answers it.
 * @param rowsRead        lines done (each has its outcome in the report)
 * @param skippedByReason OPEN_DEAL, BLACKLISTED, DUPLICATE_IN_FILE
 * @param sameFileAs      set when the upload was a file imported before: nothing new was created
 */
record ImportStatus(String id, String fileName, String status, String charset, String separator,
        Map<Integer, String> columns, long rowsRead, long started, long skipped, Map<String, Long> skippedByReason,
        long failed, String startedBy, Instant createdAt, Instant finishedAt, String message, String report,
        String sameFileAs) {

    static ImportStatus of(ImportRun run, Map<Integer, String> columns, ImportRows.Progress progress, boolean again) {
        return new ImportStatus(run.id(), run.fileName(), run.status().name(), run.charset(),
                run.separator() == '\t' ? "TAB" : String.valueOf(run.separator()), columns, progress.rowsRead(),
                progress.started(), progress.skipped(), progress.skippedByReason(), progress.failed(), run.startedBy(),
                run.createdAt(), run.finishedAt(), run.message(), "/api/imports/" + run.id() + "/report",
                again ? run.id() : null);
    }
}

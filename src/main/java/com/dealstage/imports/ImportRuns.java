package com.dealstage.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Table import_run. Which node works an import is decided in the database: a node claims it with one conditional
 * UPDATE, reports with every batch it commits, and loses it when another node takes over a stale claim, so two
 * nodes never work the same import.
 */
@Component
class ImportRuns {

    private static final String COLUMNS = "id, file_name, sha256, size_bytes, charset, separator, mapping, status, "
            + "started_by, created_at, heartbeat_at, worker, batches, finished_at, message";

    private final JdbcClient jdbc;

    ImportRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(ImportRun run) {
        jdbc.sql("INSERT INTO import_run (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
                .params(run.id(), run.fileName(), run.sha256(), run.sizeBytes(), run.charset(),
                        String.valueOf(run.separator()), run.mapping(), run.status().name(), run.startedBy(),
                        utc(run.createdAt()), utc(run.heartbeatAt()), run.worker(), null, null)
                .update();
    }

    Optional<ImportRun> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_run WHERE id = ?").param(id).query(ImportRuns::run)
                .optional();
    }

    Optional<ImportRun> bySha256(String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_run WHERE sha256 = ?").param(sha256)
                .query(ImportRuns::run).optional();
    }

    List<ImportRun> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_run ORDER BY created_at DESC FETCH FIRST ? ROWS ONLY")
                .param(limit).query(ImportRuns::run).list();
    }

    /**
     * Takes the import for {@code worker}: when new, already its own, or its node went quiet; an interrupted import
     * only when {@code resume} (someone asked for it: an import interrupted by an error is not retried on its own).
     */
    boolean claim(String id, String worker, Instant now, Instant staleBefore, boolean resume) {
        return jdbc.sql("UPDATE import_run SET worker = ?, heartbeat_at = ?, status = 'RUNNING', message = NULL "
                        + "WHERE id = ? AND ((? AND status = 'INTERRUPTED') OR (status = 'RUNNING' "
                        + "AND (worker IS NULL OR worker = ? OR heartbeat_at < ?)))")
                .params(worker, utc(now), id, resume, worker, utc(staleBefore)).update() == 1;
    }

    /** Says the node still works the import (every few seconds, apart from the batches). */
    boolean alive(String id, String worker, Instant now) {
        return jdbc.sql("UPDATE import_run SET heartbeat_at = ? WHERE id = ? AND worker = ? AND status = 'RUNNING'")
                .params(utc(now), id, worker).update() == 1;
    }

    /** A batch is committed with this, in its transaction: false when the claim was lost (the batch must not land). */
    boolean batchCommitted(String id, String worker, Instant now) {
        return jdbc.sql("UPDATE import_run SET heartbeat_at = ?, batches = batches + 1 WHERE id = ? AND worker = ? "
                        + "AND status = 'RUNNING'")
                .params(utc(now), id, worker).update() == 1;
    }

    void finish(String id, String worker, Instant now) {
        jdbc.sql("UPDATE import_run SET status = 'DONE', finished_at = ? WHERE id = ? AND worker = ?")
                .params(utc(now), id, worker).update();
    }

    void interrupt(String id, String worker, String message) {
        jdbc.sql("UPDATE import_run SET status = 'INTERRUPTED', message = ? WHERE id = ? AND worker = ? "
                        + "AND status = 'RUNNING'")
                .params(message.length() > 4000 ? message.substring(0, 4000) : message, id, worker).update();
    }

    /** Running imports whose node has not reported since {@code staleBefore}: their node is gone. */
    List<String> abandoned(Instant staleBefore) {
        return jdbc.sql("SELECT id FROM import_run WHERE status = 'RUNNING' AND heartbeat_at < ?")
                .param(utc(staleBefore)).query(String.class).list();
    }

    private static ImportRun run(ResultSet row, int n) throws SQLException {
        return new ImportRun(row.getString("id"), row.getString("file_name"), row.getString("sha256"),
                row.getLong("size_bytes"), row.getString("charset"), row.getString("separator").charAt(0),
                row.getString("mapping"), ImportRun.Status.valueOf(row.getString("status")),
                row.getString("started_by"), instant(row, "created_at"), instant(row, "heartbeat_at"),
                row.getString("worker"), instant(row, "finished_at"), row.getString("message"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

package com.dealstage.imports;

import com.google.common.hash.BloomFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Table import_row: one row per line of a list, written in the transaction of the deal it started (or not). */
@Component
class ImportRows {

    /** Column sizes of import_row (V30): a line's outcome must always be storable, whatever the file held. */
    private static final int TEXT = 4000;
    private static final int KEY = 1005;
    private static final int NAME = 255;

    private final JdbcClient jdbc;

    ImportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String importId, RowOutcome row) {
        jdbc.sql("INSERT INTO import_row (import_id, line, outcome, reason, field, message, company_name, client_key, "
                        + "deal_id, manager, assigned_by, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(importId, row.line(), row.kind().name(), row.reason(), fit(row.field(), NAME),
                        fit(row.message(), TEXT), fit(row.companyName(), TEXT), fit(row.clientKey(), KEY),
                        row.dealId(), fit(row.manager(), NAME), fit(row.assignedBy(), NAME), row.score())
                .update();
    }

    /** The last line done: every line up to it has its row (lines are committed in order). */
    long lastLine(String importId) {
        return jdbc.sql("SELECT COALESCE(MAX(line), 0) FROM import_row WHERE import_id = ?").param(importId)
                .query(Long.class).single();
    }

    /** The earlier line of this import that is the same client and was not refused as broken, if any. */
    Optional<Long> sameClientBefore(String importId, String clientKey, long line) {
        return jdbc.sql("SELECT line FROM import_row WHERE import_id = ? AND client_key = ? AND line < ? "
                        + "AND outcome <> 'FAILED' ORDER BY line FETCH FIRST 1 ROWS ONLY")
                .params(importId, clientKey, line).query(Long.class).optional();
    }

    /** Leads of this import each manager has been given so far (round robin goes on from there after a resume). */
    Map<String, Integer> assigned(String importId) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT manager, COUNT(*) AS n FROM import_row WHERE import_id = ? AND outcome = 'STARTED' "
                        + "GROUP BY manager")
                .param(importId).query(row -> { counts.put(row.getString("manager"), row.getInt("n")); });
        return counts;
    }

    /** Puts the clients of this import's earlier lines (not refused as broken) into {@code seen}: a resume's start. */
    void seenClients(String importId, BloomFilter<CharSequence> seen) {
        jdbc.sql("SELECT client_key FROM import_row WHERE import_id = ? AND outcome <> 'FAILED' "
                        + "AND client_key IS NOT NULL")
                .param(importId).query(row -> { seen.put(row.getString(1)); });
    }

    /** Rows read, started, failed, and skipped by reason. */
    Progress progress(String importId) {
        Map<String, Long> skipped = new LinkedHashMap<>();
        long[] totals = new long[3];
        jdbc.sql("SELECT outcome, reason, COUNT(*) AS n FROM import_row WHERE import_id = ? GROUP BY outcome, reason "
                        + "ORDER BY outcome, reason")
                .param(importId).query(row -> {
                    long n = row.getLong("n");
                    switch (RowOutcome.Kind.valueOf(row.getString("outcome"))) {
                        case STARTED -> totals[0] += n;
                        case FAILED -> totals[1] += n;
                        case SKIPPED -> {
                            totals[2] += n;
                            skipped.put(row.getString("reason"), n);
                        }
                    }
                });
        return new Progress(totals[0] + totals[1] + totals[2], totals[0], totals[1], totals[2], skipped);
    }

    /** The per-row report, line by line, streamed from the database to the printer. */
    void report(String importId, CSVPrinter printer) {
        jdbc.sql("SELECT line, outcome, reason, field, message, company_name, deal_id, manager, assigned_by, score "
                        + "FROM import_row WHERE import_id = ? ORDER BY line")
                .param(importId).query(row -> {
                    try {
                        printer.printRecord(row.getLong("line"), row.getString("outcome"), row.getString("reason"),
                                row.getString("field"), cell(row.getString("message")),
                                cell(row.getString("company_name")),
                                row.getString("deal_id"), row.getString("manager"), row.getString("assigned_by"),
                                row.getObject("score"));
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
    }

    /**
     * Text from the uploaded file, safe to open in a spreadsheet: a cell that starts like a formula (=, +, -, @, tab,
     * carriage return) gets a leading apostrophe, so Excel shows it instead of running it (CSV injection).
     */
    static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String fit(String text, int size) {
        return text == null || text.length() <= size ? text : text.substring(0, size);
    }

    record Progress(long rowsRead, long started, long failed, long skipped, Map<String, Long> skippedByReason) {
    }
}

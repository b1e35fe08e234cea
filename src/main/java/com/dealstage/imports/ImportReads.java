package com.dealstage.imports;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Progress and reports of imports, as the API shows them. */
@Component
class ImportReads {

    /** Excel opens it with Cyrillic intact: UTF-8 with a byte order mark, ';' (Russian Windows' list separator). */
    private static final CSVFormat EXCEL = CSVFormat.EXCEL.builder().setDelimiter(';').get();
    private static final List<String> REPORT_HEADER = List.of("line", "outcome", "reason", "field", "message",
            "companyName", "dealId", "manager", "assignedBy", "score");
    private static final int RECENT = 50;

    private final ImportRuns runs;
    private final ImportRows rows;
    private final ImportsProperties properties;
    private final ObjectMapper json;

    ImportReads(ImportRuns runs, ImportRows rows, ImportsProperties properties, ObjectMapper json) {
        this.runs = runs;
        this.rows = rows;
        this.properties = properties;
        this.json = json;
    }

    ImportStatus status(ImportRun run, boolean sameFileAgain) {
        ImportRun current = runs.find(run.id()).orElse(run);
        return ImportStatus.of(current, columns(current), rows.progress(current.id()), sameFileAgain);
    }

    List<ImportStatus> recent() {
        return runs.recent(RECENT).stream().map(run -> status(run, false)).toList();
    }

    /** Interrupted, or running on a node that has not reported for longer than the take-over time. */
    boolean resumable(ImportRun run) {
        Instant staleBefore = ClockUtil.getCurrentTime().toInstant().minus(properties.takeOverAfter());
        return run.status() == ImportRun.Status.INTERRUPTED
                || run.status() == ImportRun.Status.RUNNING && run.heartbeatAt().isBefore(staleBefore);
    }

    void report(String importId, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, EXCEL)) {
            printer.printRecord(REPORT_HEADER);
            rows.report(importId, printer);
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
    }

    private Map<Integer, String> columns(ImportRun run) {
        try {
            return json.readValue(run.mapping(), new TypeReference<Map<Integer, String>>() { });
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

package com.dealstage.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes an uploaded list in: spools it (hashing it and counting its size on the way), finds its charset, separator
 * and columns, and stores it with a new import, all or nothing. The same file uploaded again (same SHA-256) is the
 * import already made: it creates nothing.
 */
@Component
class ImportUpload {

    private static final int MAX_FILE_NAME = 1000;

    private final ImportRuns runs;
    private final ImportFiles files;
    private final ImportsProperties properties;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    ImportUpload(ImportRuns runs, ImportFiles files, ImportsProperties properties,
            PlatformTransactionManager transactions, ObjectMapper json) {
        this.runs = runs;
        this.files = files;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
    }

    long limit() {
        return properties.maxSize().toBytes();
    }

    /** @param created false when the same file was imported before (that import is returned) */
    record Accepted(ImportRun run, boolean created) {
    }

    /**
     * @throws TooLarge when the file exceeds the configured size
     * @throws IllegalArgumentException naming what is wrong with the file, the charset or the mapping
     */
    Accepted accept(InputStream upload, String fileName, String charsetName, Map<String, String> mapping,
            String user) throws IOException {
        try (SpooledList list = SpooledList.spool(upload, limit())) {
            Optional<ImportRun> known = runs.bySha256(list.sha256());
            if (known.isPresent()) {
                return new Accepted(known.get(), false);
            }
            list.read(charsetName);
            ListColumns columns = ListColumns.of(list.header(), mapping);
            Instant now = ClockUtil.getCurrentTime().toInstant();
            ImportRun run = new ImportRun(UUID.randomUUID().toString(), fit(fileName), list.sha256(), list.size(),
                    list.charset().name(), list.separator(), json(columns.fieldByColumn()), ImportRun.Status.RUNNING,
                    user, now, now, null, null, null);
            try {
                transaction.executeWithoutResult(status -> {
                    runs.create(run);
                    try (InputStream in = list.open()) {
                        files.store(run.id(), in);
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
            } catch (DuplicateKeyException sameFileMeanwhile) {
                return new Accepted(runs.bySha256(list.sha256()).orElseThrow(), false);
            }
            return new Accepted(run, true);
        }
    }

    private String json(Map<Integer, String> columns) {
        try {
            return json.writeValueAsString(columns);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String fit(String name) {
        String plain = name == null || name.isBlank() ? "list.csv" : name.trim();
        return plain.length() <= MAX_FILE_NAME ? plain : plain.substring(0, MAX_FILE_NAME);
    }

    /** The file is larger than dealstage.imports.max-size. */
    static final class TooLarge extends RuntimeException {
        final long limit;

        TooLarge(long limit) {
            super(String.format("The file is larger than the %,d bytes an import accepts (dealstage.imports.max-size).",
                    limit));
            this.limit = limit;
        }
    }
}

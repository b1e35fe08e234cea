package com.dealstage.imports;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works an import: claims it, reads the stored file from the start, skips the lines already done, and commits the
 * rest in batches, each with the import's heartbeat. A batch that fails as a whole (the database gone, the claim
 * lost to another node) leaves nothing of itself behind; the import is then interrupted and can be resumed, here
 * or on another node, from its last committed line. Deals start with the rights of the user who uploaded the list.
 */
@Component
class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    /** This node, as import_run.worker names it. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    private final ImportRuns runs;
    private final ImportRows rows;
    private final ImportFiles files;
    private final RowImport rowImport;
    private final ImportPeople people;
    private final ImportsProperties properties;
    private final TransactionTemplate transaction;
    /** Imports run one after another per node: each keeps the engine busy enough. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final ObjectMapper json;

    ImportWorker(ImportRuns runs, ImportRows rows, ImportFiles files, RowImport rowImport, ImportPeople people,
            ImportsProperties properties, PlatformTransactionManager transactions, ObjectMapper json) {
        this.runs = runs;
        this.rows = rows;
        this.files = files;
        this.rowImport = rowImport;
        this.people = people;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
    }

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "import-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    /** Imports waiting for or on this node's worker: asked for twice, worked once. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    @PreDestroy
    void stop() {
        // a node going down interrupts its import between rows; the batch in flight rolls back, another node resumes
        executor.shutdownNow();
        ticker.shutdownNow();
    }

    /** Works the import on the worker thread, if this node can claim it; {@code resume} takes an interrupted one. */
    void submit(String importId, boolean resume) {
        if (queued.add(importId)) {
            executor.execute(() -> {
                try {
                    work(importId, resume);
                } finally {
                    queued.remove(importId);
                }
            });
        }
    }

    /** Claims and works the import on this thread; false when another node holds it. */
    boolean work(String importId, boolean resume) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (!runs.claim(importId, NODE, now, now.minus(properties.takeOverAfter()), resume)) {
            return false;
        }
        ImportRun run = runs.find(importId).orElseThrow();
        // liveness apart from the batches: a slow batch must not look like a dead node
        long every = Math.max(100, properties.takeOverAfter().toMillis() / 3);
        ScheduledFuture<?> alive = ticker.scheduleAtFixedRate(() -> stillAlive(importId), every, every,
                TimeUnit.MILLISECONDS);
        try {
            people.actAs(run.startedBy());
            long rowsDone = rows(run);
            runs.finish(importId, NODE, ClockUtil.getCurrentTime().toInstant());
            log.info("Import {} ({}) done: {} lines this run", importId, run.fileName(), rowsDone);
        } catch (RuntimeException | IOException failure) {
            log.error("Import {} ({}) interrupted; it can be resumed from its last committed line", importId,
                    run.fileName(), failure);
            // the caller gets a sentence; the database's words (SQL, constraint names) stay in this node's log
            runs.interrupt(importId, NODE, "Interrupted at " + ClockUtil.getCurrentTime().toInstant() + " by an error "
                    + "on node " + NODE + " (" + failure.getClass().getSimpleName() + ", details in its log); the "
                    + "lines committed before it are kept: resume to go on.");
        } finally {
            alive.cancel(false);
            people.stopActing();
        }
        return true;
    }

    private long rows(ImportRun run) throws IOException {
        Map<Integer, String> mapping = json.readValue(run.mapping(), new TypeReference<Map<Integer, String>>() { });
        ImportContext context = new ImportContext(run.id(), ListColumns.stored(mapping),
                people.membersOf(properties.team()),
                new HashMap<>(rows.assigned(run.id())), new HashMap<>(), ImportContext.noClientsSeen());
        long done = rows.lastLine(run.id());
        if (done > 0) {
            rows.seenClients(run.id(), context.seenClients());
        }
        long count = 0;
        try (ListReader reader = new ListReader(files.open(run.id()), Charset.forName(run.charset()),
                run.separator())) {
            reader.next(); // the header
            List<ListReader.Record> batch = new ArrayList<>(properties.batchSize());
            for (ListReader.Record record; (record = reader.next()) != null;) {
                if (record.line() <= done) {
                    continue;
                }
                batch.add(record);
                if (batch.size() == properties.batchSize()) {
                    count += commit(context, batch);
                }
            }
            count += commit(context, batch);
        }
        return count;
    }

    private int commit(ImportContext context, List<ListReader.Record> batch) {
        int size = batch.size();
        if (size == 0) {
            return 0;
        }
        Map<String, Integer> before = new HashMap<>(context.assigned());
        try {
            transaction.executeWithoutResult(status -> {
                batch.forEach(record -> rowImport.process(context, record));
                if (!runs.batchCommitted(context.importId(), NODE, ClockUtil.getCurrentTime().toInstant())) {
                    throw new IllegalStateException("Another node has taken the import over.");
                }
            });
        } catch (RuntimeException failed) {
            // the batch did not land: neither did its assignments
            context.assigned().clear();
            context.assigned().putAll(before);
            throw failed;
        }
        batch.clear();
        return size;
    }

    private void stillAlive(String importId) {
        try {
            runs.alive(importId, NODE, ClockUtil.getCurrentTime().toInstant());
        } catch (RuntimeException missed) {
            // the next tick tries again; a schedule that throws would stop for good
            log.warn("Import {}: heartbeat failed: {}", importId, missed.getMessage());
        }
    }
}

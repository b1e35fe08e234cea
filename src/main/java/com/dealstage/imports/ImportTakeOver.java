package com.dealstage.imports;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A node that died in the middle of an import (kill -9, a crash, a lost machine) stops reporting; after
 * dealstage.imports.take-over-after any live node resumes the import from its last committed line. The claim is a
 * conditional UPDATE, so only one node takes it.
 */
@Component
class ImportTakeOver {

    private static final Logger log = LoggerFactory.getLogger(ImportTakeOver.class);

    private final ImportRuns runs;
    private final ImportWorker worker;
    private final ImportsProperties properties;

    ImportTakeOver(ImportRuns runs, ImportWorker worker, ImportsProperties properties) {
        this.runs = runs;
        this.worker = worker;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${dealstage.imports.take-over-check-every}",
            fixedDelayString = "${dealstage.imports.take-over-check-every}")
    void resumeAbandoned() {
        Instant staleBefore = ClockUtil.getCurrentTime().toInstant().minus(properties.takeOverAfter());
        for (String id : runs.abandoned(staleBefore)) {
            log.warn("Import {} was abandoned by its node; resuming it here", id);
            worker.submit(id, false);
        }
    }
}

package com.dealstage.deployment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the last passes over processes/ found on this node: the files the engine refuses now and the changes made.
 * Every node reads the same folder and the same repository, so every node finds the same refusals; which versions
 * the files are at is read from the repository when asked ({@link ProcessesStatusReader}), never from here.
 */
final class ProcessFolderState {

    private static final Logger log = LoggerFactory.getLogger(ProcessFolderState.class);
    /** Enough to see what the last edits became, small enough to show in a status call. */
    private static final int RECENT = 30;

    private volatile List<ProcessRefusal> refused = List.of();
    private volatile List<ProcessFileVersion> recent = List.of();
    private volatile Instant checkedAt;

    synchronized void record(ProcessFolderSync.Result result) {
        this.checkedAt = Instant.now();
        result.deployed().forEach(version -> log.info("Process folder: {} became {} version {} (deployment {})",
                version.file(), version.definition(), version.version(), version.deploymentId()));
        if (!result.refused().isEmpty() && !result.refused().equals(this.refused)) {
            log.error("Process folder: the engine refused {}; the previous version stays deployed. GET "
                    + "/api/processes/status shows the refusal.", result.refused());
        }
        if (result.refused().isEmpty() && !this.refused.isEmpty()) {
            log.info("Process folder: no file refused any more");
        }
        this.refused = List.copyOf(result.refused());
        List<ProcessFileVersion> changes = new ArrayList<>(result.deployed());
        changes.addAll(this.recent);
        this.recent = List.copyOf(changes.subList(0, Math.min(RECENT, changes.size())));
    }

    /** A pass that could not run at all (the folder is gone): reported like a refusal of the folder. */
    synchronized void failed(String folder, RuntimeException ex) {
        this.checkedAt = Instant.now();
        log.error("Process folder {} could not be deployed: {}", folder, ex.getMessage());
        this.refused = List.of(new ProcessRefusal(folder, null, 0, String.valueOf(ex.getMessage())));
    }

    List<ProcessRefusal> refused() {
        return this.refused;
    }

    List<ProcessFileVersion> recent() {
        return this.recent;
    }

    Instant checkedAt() {
        return this.checkedAt;
    }
}

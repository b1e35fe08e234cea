package com.dealstage.migration;

import java.util.List;

/**
 * A migration batch as Camunda counts it: batch jobs in all (one per deal unless configured otherwise), completed,
 * failed (with their messages: e.g. a stage's entry rule refusing where the deal would land) and remaining.
 */
record BatchProgress(String batchId, String state, int totalJobs, int completedJobs, int failedJobs, int remainingJobs,
        List<String> failures) {

    static final String RUNNING = "RUNNING";
    static final String FAILED_JOBS = "FAILED_JOBS";
    static final String COMPLETED = "COMPLETED";
}

package com.dealstage.migration;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Progress of a migration batch. A running batch has statistics; Camunda deletes a batch once all its jobs are done,
 * so a finished one is read from history (all its jobs completed: a failed job keeps the batch running).
 */
@Component
class MigrationBatches {

    private static final int SHOWN_FAILURES = 20;

    private final ManagementService management;
    private final HistoryService history;

    MigrationBatches(ManagementService management, HistoryService history) {
        this.management = management;
        this.history = history;
    }

    BatchProgress progress(String batchId) {
        BatchStatistics running = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (running != null && isMigration(running)) {
            List<String> failures = failures(running);
            String state = running.getFailedJobs() > 0 ? BatchProgress.FAILED_JOBS : BatchProgress.RUNNING;
            return new BatchProgress(batchId, state, running.getTotalJobs(), running.getCompletedJobs(),
                    running.getFailedJobs(), running.getRemainingJobs(), failures);
        }
        HistoricBatch done = history.createHistoricBatchQuery().batchId(batchId).singleResult();
        if (done != null && Batch.TYPE_PROCESS_INSTANCE_MIGRATION.equals(done.getType()) && done.getEndTime() != null) {
            return new BatchProgress(batchId, BatchProgress.COMPLETED, done.getTotalJobs(), done.getTotalJobs(), 0, 0,
                    List.of());
        }
        if (done != null && Batch.TYPE_PROCESS_INSTANCE_MIGRATION.equals(done.getType())) {
            // between its creation and its first statistics row: nothing ran yet
            return new BatchProgress(batchId, BatchProgress.RUNNING, done.getTotalJobs(), 0, 0, done.getTotalJobs(),
                    List.of());
        }
        throw MigrationRefused.notFound("batchId", "There is no deal migration '" + batchId + "'.");
    }

    private static boolean isMigration(Batch batch) {
        return Batch.TYPE_PROCESS_INSTANCE_MIGRATION.equals(batch.getType());
    }

    /** What failed jobs said, e.g. the stage gate refusing a deal at the stage it would land on. */
    private List<String> failures(Batch batch) {
        if (batch.getBatchJobDefinitionId() == null) {
            return List.of();
        }
        return management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).withException()
                .listPage(0, SHOWN_FAILURES).stream().map(Job::getExceptionMessage).filter(Objects::nonNull)
                .distinct().toList();
    }
}

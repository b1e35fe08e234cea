package com.dealstage.benchmark;

import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.Stages;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Moves deals through deal-pipeline the way a manager does, through TaskService. A deal counts as
 * done when fulfilmentActs is completed: what follows (after-sales) is not part of the sale.
 */
final class DealDriver {

    private final RuntimeService runtime;
    private final TaskService tasks;

    DealDriver(ProcessEngine engine) {
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
    }

    /** Runs {@code deals} deals one after another on this thread. */
    DealRun run(int deals) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (int i = 0; i < deals; i++) {
            runOneDeal();
        }
        long wall = System.nanoTime() - wallStart;
        return new DealRun(deals, wall, threads.getCurrentThreadCpuTime() - cpuStart);
    }

    void runOneDeal() {
        String deal = runtime.startProcessInstanceByKey(Stages.DEAL_PIPELINE, StageInputs.leadIntake()).getId();
        for (String stage : Stages.HAPPY_PATH) {
            // by task key, not "the" task: the after-sales region may add parallel tasks later
            Task task = tasks.createTaskQuery().processInstanceId(deal).taskDefinitionKey(stage).singleResult();
            if (task == null) {
                throw new IllegalStateException("Deal " + deal + " is not waiting at stage " + stage
                        + "; has deal-pipeline.bpmn changed its happy path?");
            }
            tasks.complete(task.getId(), StageInputs.forward(stage));
        }
    }
}

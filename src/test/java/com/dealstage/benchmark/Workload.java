package com.dealstage.benchmark;

import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.Stages;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Recorder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Deals from lead intake through the 8 happy-path stages to fulfilmentActs, each for a company of its own (a
 * client's second open deal would be refused, and one client for every deal makes later deals read a growing
 * history: that is what made the old gate benchmark compare unequal work), on {@code clients} threads.
 */
final class Workload {

    record Result(int deals, long wallNanos, Recorder completions) {

        double dealsPerSecond() {
            return deals / (wallNanos / 1e9);
        }
    }

    private Workload() {
    }

    static Result javaApi(ProcessEngine engine, int deals, int clients) throws Exception {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        return run(deals, clients, latency -> {
            String deal = runtime.startProcessInstanceByKey(Stages.DEAL_PIPELINE, StageInputs.newClientLead()).getId();
            for (String stage : Stages.HAPPY_PATH) {
                Task task = tasks.createTaskQuery().processInstanceId(deal).taskDefinitionKey(stage).singleResult();
                long start = System.nanoTime();
                tasks.complete(task.getId(), StageInputs.forward(stage));
                latency.recordValue(System.nanoTime() - start);
            }
        });
    }

    interface OneDeal {
        void run(Recorder completionLatency) throws Exception;
    }

    static Result run(int deals, int clients, OneDeal oneDeal) throws Exception {
        Recorder latency = new Recorder(3);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> work = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int share = deals / clients + (c < deals % clients ? 1 : 0);
                work.add(threads.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        oneDeal.run(latency);
                    }
                    return null;
                }));
            }
            for (Future<?> client : work) {
                client.get();
            }
            return new Result(deals, System.nanoTime() - start, latency);
        } finally {
            threads.shutdownNow();
        }
    }
}

package com.dealstage.benchmark;

import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.Stages;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * A diagnostic beside the suite for a busy machine: the suite's two comparisons (gate on/off on fresh H2 engines, the
 * application/bare Camunda on H2), both sides kept, 60 warm-up deals each, then batches of deals alternating side by
 * side, measured by the CPU time of the thread that drives the deals (the engine and H2 run on it) instead of wall
 * time, which neighbours on shared cores swing by 2x. Prints A/B in deals per CPU-second and the spread over chunks
 * of 4 batches.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.dealstage.benchmark.InterleavedCpu gate 40 5
 * </pre>
 * Arguments: {@code gate} or {@code pipeline}, batches (40), deals per batch (5); {@code -Dwall=true} for wall time,
 * {@code -Dpostgres=true} for both sides on new databases of one embedded PostgreSQL instead of H2 (where the thread's
 * CPU time leaves out the time it waits for the database: use it with {@code -Dwall=true}).
 */
public final class InterleavedCpu {

    private static final boolean WALL = Boolean.getBoolean("wall");
    private static final boolean POSTGRES = Boolean.getBoolean("postgres");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private InterleavedCpu() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogs.warningsOnly();
        String what = args.length > 0 ? args[0] : "gate";
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        EmbeddedPostgres postgres = POSTGRES ? EmbeddedPostgres.start() : null;
        ProcessEngine a;
        ProcessEngine b = Sides.engineOn(postgres, false);
        InJvmApp app = null;
        if (what.equals("gate")) {
            a = Sides.engineOn(postgres, true);
        } else {
            app = InJvmApp.startOn(postgres);
            a = app.engine();
        }
        for (int i = 0; i < 6; i++) {
            deals(a, 10);
            deals(b, 10);
        }
        long totalA = 0;
        long totalB = 0;
        long chunkA = 0;
        long chunkB = 0;
        List<Double> chunks = new ArrayList<>();
        for (int i = 1; i <= batches; i++) {
            boolean aFirst = i % 2 == 1;
            long first = deals(aFirst ? a : b, batch);
            long second = deals(aFirst ? b : a, batch);
            chunkA += aFirst ? first : second;
            chunkB += aFirst ? second : first;
            if (i % 4 == 0) {
                chunks.add((double) chunkB / chunkA);
                totalA += chunkA;
                totalB += chunkB;
                chunkA = 0;
                chunkB = 0;
            }
        }
        Collections.sort(chunks);
        int deals = chunks.size() * 4 * batch;
        System.out.printf("%s on %s, %s: A %.1f deals/s, B %.1f deals/s, A/B %.3f; chunks of 4 batches: min %.2f, median "
                + "%.2f, max %.2f (%d chunks)%n", what, POSTGRES ? "PostgreSQL" : "H2", WALL ? "wall time" : "CPU time of the driving thread",
                deals / (totalA / 1e9), deals / (totalB / 1e9), (double) totalB / totalA, chunks.get(0),
                chunks.get(chunks.size() / 2), chunks.get(chunks.size() - 1), chunks.size());
        b.close();
        if (app != null) {
            app.close();
        } else {
            a.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        System.exit(0);
    }

    /** Nanoseconds (CPU of this thread, or wall) for {@code count} deals from intake to fulfilmentActs. */
    private static long deals(ProcessEngine engine, int count) {
        TaskService tasks = engine.getTaskService();
        long start = now();
        for (int i = 0; i < count; i++) {
            String deal = engine.getRuntimeService()
                    .startProcessInstanceByKey(Stages.DEAL_PIPELINE, StageInputs.newClientLead()).getId();
            for (String stage : Stages.HAPPY_PATH) {
                Task task = tasks.createTaskQuery().processInstanceId(deal).taskDefinitionKey(stage).singleResult();
                tasks.complete(task.getId(), StageInputs.forward(stage));
            }
        }
        return now() - start;
    }

    private static long now() {
        return WALL ? System.nanoTime() : THREADS.getCurrentThreadCpuTime();
    }
}

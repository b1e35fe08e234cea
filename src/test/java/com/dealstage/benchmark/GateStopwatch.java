package com.dealstage.benchmark;

import com.dealstage.rules.StageCompletion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;

/**
 * Times whatever runs between its two plugins, per stage, inside a real engine and without
 * touching main code: {@code [stopwatch.start(), StageGatePlugin, stopwatch.stop()]} brackets
 * exactly the gate's listener (its {@code getVariables()} plus the rule check).
 * <p>
 * After the bracket it keeps a copy of the variables the gate saw, so that the rule check can be
 * replayed on exactly those maps. The copy is taken after, not before: reading the variables
 * first would load them for the gate and make it look cheaper than in production.
 */
final class GateStopwatch {

    private static final long HIGHEST_NANOS = 10_000_000_000L;

    private final Map<String, Histogram> nanosByStage = new LinkedHashMap<>();
    private final Map<String, StageCompletion> seen = new LinkedHashMap<>();
    private boolean recording;
    private long startedAt;

    ProcessEnginePlugin start() {
        return new EveryStagePlugin(new StageListener() {
            @Override
            void onStage(DelegateExecution execution, String stage, VariableScope variables) {
                startedAt = System.nanoTime();
            }
        });
    }

    ProcessEnginePlugin stop() {
        return new EveryStagePlugin(new StageListener() {
            @Override
            void onStage(DelegateExecution execution, String stage, VariableScope variables) {
                stopped(System.nanoTime() - startedAt, processKey(execution), stage, variables);
            }
        });
    }

    /** Warm-up deals run before this, so the histograms hold only settled timings. */
    void startRecording() {
        this.recording = true;
    }

    Map<String, Histogram> nanosByStage() {
        return nanosByStage;
    }

    /** The last completion of each stage, as the gate saw it. */
    List<StageCompletion> completionsSeen() {
        return new ArrayList<>(seen.values());
    }

    private void stopped(long nanos, String processKey, String stage, VariableScope variables) {
        if (recording) {
            nanosByStage.computeIfAbsent(stage, s -> new Histogram(HIGHEST_NANOS, 3)).recordValue(nanos);
        }
        seen.put(stage, new StageCompletion(processKey, stage, new LinkedHashMap<>(variables.getVariables())));
    }
}

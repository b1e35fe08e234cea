package com.dealstage.benchmark;

import com.dealstage.rules.RuleEngine;
import com.dealstage.rules.StageCompletion;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Does what StageGate does (read the variables, check them) with a stopwatch between the two
 * steps, so that the rule check's own cost is measured where it runs: inside a completion, with
 * caches full of database work. Installed before the real gate, it runs first, as the gate would.
 */
final class InSituRuleCheck extends StageListener {

    private static final long HIGHEST_NANOS = 10_000_000_000L;

    private final RuleEngine rules;
    private final Map<String, Histogram> readNanos = new LinkedHashMap<>();
    private final Map<String, Histogram> checkNanos = new LinkedHashMap<>();
    private boolean recording;

    InSituRuleCheck(RuleEngine rules) {
        this.rules = rules;
    }

    @Override
    void onStage(DelegateExecution execution, String stage, VariableScope variables) {
        String processKey = processKey(execution);
        long start = System.nanoTime();
        Map<String, Object> values = variables.getVariables();
        long read = System.nanoTime();
        int violations = rules.check(new StageCompletion(processKey, stage, values)).size();
        long checked = System.nanoTime();
        if (violations > 0) {
            throw new IllegalStateException("Benchmark input refused at " + stage + "; see StageInputs");
        }
        if (recording) {
            record(readNanos, stage, read - start);
            record(checkNanos, stage, checked - read);
        }
    }

    void startRecording() {
        recording = true;
    }

    Map<String, Histogram> readNanosByStage() {
        return readNanos;
    }

    Map<String, Histogram> checkNanosByStage() {
        return checkNanos;
    }

    private static void record(Map<String, Histogram> byStage, String stage, long nanos) {
        byStage.computeIfAbsent(stage, s -> new Histogram(HIGHEST_NANOS, 3)).recordValue(nanos);
    }
}

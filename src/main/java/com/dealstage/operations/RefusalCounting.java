package com.dealstage.operations;

import com.dealstage.stagegate.StageGateViolation;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Counts the gate's refusals once per outermost command (a nested command's failure passes through all). */
final class RefusalCounting extends CommandInterceptor {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    private final StageMeters meters;

    RefusalCounting(StageMeters meters) {
        this.meters = meters;
    }

    @Override
    public <T> T execute(Command<T> command) {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            return next.execute(command);
        } catch (RuntimeException failure) {
            StageGateViolation refusal = depth[0] == 1 ? StageGateViolation.findIn(failure) : null;
            if (refusal != null) {
                meters.gateRefused(stageOf(refusal));
            }
            throw failure;
        } finally {
            depth[0]--;
        }
    }

    /** A refused change of stored data names no stage of its own; its violations do. */
    static String stageOf(StageGateViolation refusal) {
        if (refusal.stage() != null) {
            return refusal.stage();
        }
        return refusal.violations().stream().map(violation -> violation.stage()).filter(stage -> stage != null)
                .findFirst().orElse("none");
    }
}

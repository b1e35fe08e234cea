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
                meters.gateRefused(refusal.stage());
            }
            throw failure;
        } finally {
            depth[0]--;
        }
    }
}

package com.dealstage.benchmark;

/**
 * One run of deals on one engine, timed twice: by the wall clock (what a user feels) and by the
 * CPU time of the thread that drives the deals. Engine, H2 and gate all work on that thread, so
 * its CPU time hardly moves when other processes steal the machine's two cores; it leaves out
 * garbage collection and JIT, which run on threads of their own.
 */
record DealRun(int deals, long wallNanos, long cpuNanos) {

    double dealsPerSecond() {
        return deals / (wallNanos / 1e9);
    }

    double dealsPerCpuSecond() {
        return deals / (cpuNanos / 1e9);
    }
}

package com.dealstage.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Two sides doing the same deals in alternating order (A,B then B,A), the first rounds thrown away until the JIT is
 * done with both (in a fresh JVM the rates still climbed through five rounds after one warm-up round), each run
 * started after a GC. Work is counted on each side's database, so a side that did less cannot look faster.
 */
final class Comparison {

    /** One side of a comparison: an engine in this JVM ({@link Sides}) or in a JVM of its own ({@link SideProcess}). */
    interface Side extends AutoCloseable {
        Run run(int deals) throws Exception;

        @Override
        void close();
    }

    /**
     * {@code compiling}: the share of the run's wall time the JIT spent compiling in the side's JVM;
     * {@code cpuMillisPerDeal}: the CPU time of the side's JVM and of every PostgreSQL process over the timed deals
     * (the other side idles meanwhile), per deal: the work a deal costs, in which time stolen from the VM or taken by
     * other programs does not count (a host that runs the cores slower still makes it grow); {@code jvmMillisPerDeal}:
     * the side's JVM's part of it (the rest is the database's); {@code stolen}: the share of the cores' time the
     * hypervisor took meanwhile.
     */
    record Run(double dealsPerSecond, EqualWork work, double compiling, double cpuMillisPerDeal,
            double jvmMillisPerDeal, double stolen) {

        /** Still warming up: the JIT compiled for more than a tenth of the run. */
        boolean warming() {
            return compiling > STEADY_COMPILING;
        }
    }

    record Result(String name, String a, String b, List<Run> runsA, List<Run> runsB, int deals, int warmUpRounds) {

        double medianA() {
            return median(runsA);
        }

        double medianB() {
            return median(runsB);
        }

        double ratio() {
            return medianA() / medianB();
        }

        /** B's CPU time per deal over A's (medians): A's deals per CPU second as a share of B's. */
        double cpuRatio() {
            return median(runsB, Run::cpuMillisPerDeal) / median(runsA, Run::cpuMillisPerDeal);
        }

        double medianCpuA() {
            return median(runsA, Run::cpuMillisPerDeal);
        }

        double medianCpuB() {
            return median(runsB, Run::cpuMillisPerDeal);
        }

        /** The most the hypervisor stole from the cores in any measured run. */
        double mostStolen() {
            return Stream.concat(runsA.stream(), runsB.stream()).mapToDouble(Run::stolen).max().orElse(Double.NaN);
        }

        /** Per round A/B: neighbours in time, so a slow drift of the machine cancels out. */
        double[] roundRatios() {
            double[] ratios = new double[runsA.size()];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = runsA.get(i).dealsPerSecond() / runsB.get(i).dealsPerSecond();
            }
            return ratios;
        }

        /** Same tasks completed and one company per deal on both sides, in every round. */
        boolean equalWork() {
            for (int i = 0; i < runsA.size(); i++) {
                EqualWork x = runsA.get(i).work();
                EqualWork y = runsB.get(i).work();
                if (x.tasksCompleted() != y.tasksCompleted() || x.distinctCompanies() != deals
                        || y.distinctCompanies() != deals) {
                    return false;
                }
            }
            return true;
        }

        private static double median(List<Run> runs) {
            return median(runs, Run::dealsPerSecond);
        }

        private static double median(List<Run> runs, ToDoubleFunction<Run> figure) {
            double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        static double[] minMax(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return new double[] {sorted[0], sorted[sorted.length - 1]};
        }
    }

    static final int WARM_UP_DEALS = 5;
    /**
     * A side counts as warm once its JIT compiles for at most this share of a run. The application in a JVM of its
     * own still compiled for 40 % of its fourth round of 60 deals and came down to about a tenth after 7 to 10 rounds
     * ({@link SideAlone}); compilations on 2 cores take CPU from the deals being timed.
     */
    static final double STEADY_COMPILING = 0.10;
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    private static final com.sun.management.OperatingSystemMXBean JVM_CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Comparison() {
    }

    /**
     * At least {@code warmUpRounds} rounds are thrown away, and more (up to {@code maxWarmUpRounds}) while either
     * side's JIT is still busy ({@link Run#warming()}). {@code fresh} sides are built anew for every run: every run
     * starts from the same empty database.
     */
    static Result run(String name, String a, Supplier<Side> sideA, String b, Supplier<Side> sideB, int warmUpRounds,
            int maxWarmUpRounds, int rounds, int deals) throws Exception {
        int warmUp = 0;
        boolean warming = true;
        while (warmUp < warmUpRounds || warming && warmUp < maxWarmUpRounds) {
            warmUp++;
            Run[] runs = round(name, "warm-up", warmUp, a, sideA, b, sideB, deals, warmUp);
            warming = runs[0].warming() || runs[1].warming();
        }
        List<Run> runsA = new ArrayList<>();
        List<Run> runsB = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            // alternation goes on from the warm-up: A,B then B,A, whoever goes second inherits the first one's heat
            Run[] runs = round(name, "round", round, a, sideA, b, sideB, deals, warmUp + round);
            runsA.add(runs[0]);
            runsB.add(runs[1]);
        }
        return new Result(name, a, b, runsA, runsB, deals, warmUp);
    }

    /** Both sides once, in the order the round's place in the sequence gives; returns {A's run, B's run}. */
    private static Run[] round(String name, String kind, int number, String a, Supplier<Side> sideA, String b,
            Supplier<Side> sideB, int deals, int sequence) throws Exception {
        boolean aFirst = sequence % 2 == 1;
        Run first = once(aFirst ? sideA : sideB, deals);
        Run second = once(aFirst ? sideB : sideA, deals);
        Run runA = aFirst ? first : second;
        Run runB = aFirst ? second : first;
        System.out.printf("  %s %s %d: %s %.1f, %s %.1f deals/s (JIT compiling %.0f %% and %.0f %% of the runs; "
                + "CPU %.1f and %.1f ms a deal, JVM %.1f and %.1f of it; stolen %.0f %% and %.0f %%)%n", name, kind,
                number, a, runA.dealsPerSecond(), b, runB.dealsPerSecond(), runA.compiling() * 100,
                runB.compiling() * 100, runA.cpuMillisPerDeal(), runB.cpuMillisPerDeal(), runA.jvmMillisPerDeal(),
                runB.jvmMillisPerDeal(), runA.stolen() * 100, runB.stolen() * 100);
        return new Run[] {runA, runB};
    }

    private static Run once(Supplier<Side> sides, int deals) throws Exception {
        try (Side side = sides.get()) {
            return side.run(deals);
        }
    }

    /** A run on an engine in this JVM, as a side or a side's own process does it. */
    static Run measure(ProcessEngine engine, DataSource database, int deals) throws Exception {
        // a fresh engine fills its caches (definitions, form fields, the gate's per-stage data) with its first
        // deals: a few deals first on each side, so that both are timed in the state a running node is in
        Workload.javaApi(engine, WARM_UP_DEALS, 1);
        EqualWork before = EqualWork.of(database);
        System.gc();
        long compiled = JIT.getTotalCompilationTime();
        CpuUse cpu = CpuUse.start(List.of(ProcessHandle.current().pid()));
        long jvm = JVM_CPU.getProcessCpuTime();
        long start = System.nanoTime();
        Workload.Result result = Workload.javaApi(engine, deals, 1);
        double compiling = (JIT.getTotalCompilationTime() - compiled) / ((System.nanoTime() - start) / 1e6);
        double jvmMillis = (JVM_CPU.getProcessCpuTime() - jvm) / 1e6;
        CpuUse.Reading used = cpu.stop();
        return new Run(result.dealsPerSecond(), EqualWork.of(database).minus(before), compiling,
                used.cpuSeconds() * 1000 / deals, jvmMillis / deals, used.stolen());
    }
}

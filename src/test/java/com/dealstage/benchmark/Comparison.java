package com.dealstage.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Two sides doing the same deals in alternating order (A,B then B,A), the first rounds thrown away for the JIT (in a
 * fresh JVM the rates still climbed through five rounds after one warm-up round), each run started after a GC.
 * Work is counted on each side's database, so a side that did less cannot look faster.
 */
final class Comparison {

    interface Side extends AutoCloseable {
        ProcessEngine engine();

        DataSource database();

        @Override
        void close();
    }

    record Run(double dealsPerSecond, EqualWork work) {
    }

    record Result(String name, String a, String b, List<Run> runsA, List<Run> runsB, int deals) {

        double medianA() {
            return median(runsA);
        }

        double medianB() {
            return median(runsB);
        }

        double ratio() {
            return medianA() / medianB();
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
            double[] sorted = runs.stream().mapToDouble(Run::dealsPerSecond).sorted().toArray();
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

    private Comparison() {
    }

    /** {@code fresh} sides are built anew for every run: every run starts from the same empty database. */
    static Result run(String name, String a, Supplier<Side> sideA, String b, Supplier<Side> sideB, int warmUpRounds,
            int rounds, int deals) throws Exception {
        List<Run> runsA = new ArrayList<>();
        List<Run> runsB = new ArrayList<>();
        for (int round = 1 - warmUpRounds; round <= rounds; round++) {
            boolean aFirst = Math.floorMod(round, 2) == 1;
            Run first = once(aFirst ? sideA : sideB, deals);
            Run second = once(aFirst ? sideB : sideA, deals);
            if (round > 0) { // rounds up to 0 warm the JIT up on both sides alike
                runsA.add(aFirst ? first : second);
                runsB.add(aFirst ? second : first);
            }
            System.out.printf("  %s %s %d: %s %.1f, %s %.1f deals/s%n", name, round > 0 ? "round" : "warm-up",
                    round > 0 ? round : round + warmUpRounds, a,
                    (aFirst ? first : second).dealsPerSecond(), b, (aFirst ? second : first).dealsPerSecond());
        }
        return new Result(name, a, b, runsA, runsB, deals);
    }

    private static Run once(Supplier<Side> sides, int deals) throws Exception {
        Side side = sides.get();
        try {
            // a fresh engine fills its caches (definitions, form fields, the gate's per-stage data) with its first
            // deals: a few deals first on each side, so that both are timed in the state a running node is in
            Workload.javaApi(side.engine(), WARM_UP_DEALS, 1);
            EqualWork before = EqualWork.of(side.database());
            System.gc();
            Workload.Result result = Workload.javaApi(side.engine(), deals, 1);
            return new Run(result.dealsPerSecond(), EqualWork.of(side.database()).minus(before));
        } finally {
            side.close();
        }
    }
}

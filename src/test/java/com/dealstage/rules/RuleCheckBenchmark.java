package com.dealstage.rules;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Latency of one stage-gate check with the full rule set (not a test). Run from the project root:
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.dealstage.rules.RuleCheckBenchmark [rulesDir] [calls]
 * </pre>
 * Compares {@link RuleEngine#check} ({@code newKieSession()} + {@code dispose()}) with a
 * {@code newStatelessKieSession()} per call, the alternative it was chosen over.
 */
final class RuleCheckBenchmark {

    private RuleCheckBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        RuleEngine engine = RuleEngine.fromDirectory(Path.of(args.length > 0 ? args[0] : "rules"));
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        StageCompletion passing = new StageCompletion("deal-pipeline", "contract", Map.of("contractNumber", "C-17",
                "contractDate", "2026-11-23", "invoiceNumber", "INV-9", "invoiceAmount", 120_000));
        StageCompletion failing = new StageCompletion("deal-pipeline", "coldCall",
                Map.of("outcome", "REJECTED", "rejectionReason", "TOO_EXPENSIVE", "meetingDate", "2026-11-23"));
        for (int round = 1; round <= 2; round++) {
            System.out.println("round " + round + " (" + calls + " calls each, after as many warm-up calls)");
            measure("check(), passing", calls, () -> engine.check(passing));
            measure("check(), failing", calls, () -> engine.check(failing));
            measure("stateless, passing", calls, () -> stateless(engine.kieBase(), passing));
            measure("stateless, failing", calls, () -> stateless(engine.kieBase(), failing));
        }
        throughput("check(), failing", calls, () -> engine.check(failing));
        throughput("stateless, failing", calls, () -> stateless(engine.kieBase(), failing));
    }

    private static List<Violation> stateless(KieBase kieBase, StageCompletion completion) {
        StatelessKieSession session = kieBase.newStatelessKieSession();
        DecisionCollector<Violation> collector = new DecisionCollector<>(Violation.class);
        session.addEventListener(collector);
        session.execute(List.of(completion));
        return collector.decisions();
    }

    private static void measure(String label, int calls, Supplier<List<Violation>> check) {
        for (int i = 0; i < calls; i++) {
            check.get(); // warm-up: let the JIT and Drools' own jitting of constraints settle
        }
        long[] nanos = new long[calls];
        int violations = 0;
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            violations = check.get().size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("  %-20s violations=%d median=%.1f us p99=%.1f us p99.9=%.1f us%n", label, violations,
                nanos[calls / 2] / 1000.0, nanos[(int) (calls * 0.99)] / 1000.0, nanos[(int) (calls * 0.999)] / 1000.0);
    }

    /** Sessions of one KieBase are created concurrently in production: check that nothing serialises them. */
    private static void throughput(String label, int calls, Supplier<List<Violation>> check)
            throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                for (int i = 0; i < calls; i++) {
                    check.get();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %-20s %d threads: %.0f checks/s%n", label, threads, threads * calls / seconds);
    }

}

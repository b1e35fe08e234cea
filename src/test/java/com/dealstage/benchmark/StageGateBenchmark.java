package com.dealstage.benchmark;

import com.dealstage.rules.RuleEngine;
import com.dealstage.stagegate.StageGatePlugin;
import com.dealstage.testsupport.Stages;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;

/**
 * What the stage gate costs (issue 4): deals per second through deal-pipeline with the gate on
 * versus off, and the rule check's own latency per completion. Not a test: figures depend on the
 * machine, so it reports instead of asserting. Run from the project root (see README, "Benchmark"):
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.dealstage.benchmark.StageGateBenchmark [name=value ...]
 * </pre>
 * Settings (defaults in {@link BenchmarkSettings}): dealsPerRound, warmUpRounds, rounds,
 * stopwatchWarmUpDeals, stopwatchDeals, replayWarmUpChecks, replayChecks.
 */
public final class StageGateBenchmark {

    private static final double THROUGHPUT_TARGET = 0.9;
    private static final double P99_TARGET_MICROS = 50;
    private static final PrintStream out = System.out;

    private StageGateBenchmark() {
    }

    public static void main(String[] args) {
        QuietLogs.warningsOnly();
        BenchmarkSettings settings = BenchmarkSettings.fromArgs(args);
        out.printf("Stage gate benchmark: %d cpus, Java %s (%s), max heap %d MiB%n%s%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20, settings);
        compareThroughput(settings);
        measureRuleCheck(settings);
    }

    private static void compareThroughput(BenchmarkSettings settings) {
        ProcessEngine gateOn = PipelineEngines.gateOn();
        ProcessEngine gateOff = PipelineEngines.gateOff();
        try {
            ThroughputComparison comparison = new ThroughputComparison(new DealDriver(gateOn),
                    new DealDriver(gateOff), settings.dealsPerRound());
            comparison.warmUp(settings.warmUpRounds());
            ThroughputComparison.Result result = comparison.measure(settings.rounds());
            printThroughput(settings, result);
        }
        finally {
            gateOn.close();
            gateOff.close();
        }
    }

    private static void printThroughput(BenchmarkSettings settings, ThroughputComparison.Result result) {
        ToDoubleFunction<DealRun> wall = DealRun::dealsPerSecond;
        ToDoubleFunction<DealRun> cpu = DealRun::dealsPerCpuSecond;
        out.printf("Deals through deal-pipeline (lead intake + %d stages to fulfilmentActs), %d deals per run, "
                + "after %d warm-up rounds%n", Stages.HAPPY_PATH.size(), settings.dealsPerRound(),
                settings.warmUpRounds());
        out.printf("%-7s | %-29s | %-29s%n", "", "deals per second (wall clock)", "deals per CPU-second of driver");
        out.printf("%-7s | %8s %8s %11s | %8s %8s %11s%n", "round", "gate ON", "gate OFF", "ON/OFF", "gate ON",
                "gate OFF", "ON/OFF");
        for (ThroughputComparison.Round round : result.rounds()) {
            out.printf("%-7d | %8.1f %8.1f %11.3f | %8.1f %8.1f %11.3f%n", round.number(),
                    wall.applyAsDouble(round.gateOn()), wall.applyAsDouble(round.gateOff()), round.ratio(wall),
                    cpu.applyAsDouble(round.gateOn()), cpu.applyAsDouble(round.gateOff()), round.ratio(cpu));
        }
        out.printf("%-7s | %8.1f %8.1f %11.3f | %8.1f %8.1f %11.3f%n", "median", result.medianGateOn(wall),
                result.medianGateOff(wall), result.medianOfRoundRatios(wall), result.medianGateOn(cpu),
                result.medianGateOff(cpu), result.medianOfRoundRatios(cpu));
        // the two estimates disagree when the machine is noisy: judge the target on the lower one
        double ratio = Math.min(result.ratioOfMedians(wall), result.medianOfRoundRatios(wall));
        out.printf("gate ON / gate OFF, wall clock: ratio of medians %.3f, median of round ratios %.3f "
                + "(target >= %.2f on the lower: %s); CPU: %.3f, %.3f%n%n", result.ratioOfMedians(wall),
                result.medianOfRoundRatios(wall), THROUGHPUT_TARGET, ratio >= THROUGHPUT_TARGET ? "met" : "MISSED",
                result.ratioOfMedians(cpu), result.medianOfRoundRatios(cpu));
    }

    /**
     * Three engines, each on its own: the real gate inside a stopwatch bracket; a replica of the
     * gate's two steps (read variables, check) timed apart, ahead of the real gate; an empty
     * bracket for the stopwatch's own overhead. Then the check alone, replayed in a hot loop.
     */
    private static void measureRuleCheck(BenchmarkSettings settings) {
        GateStopwatch gate = new GateStopwatch();
        runDeals(settings, gate::startRecording,
                gate.start(), new StageGatePlugin(RuleEngine.fromDirectory(PipelineEngines.RULES)), gate.stop());
        RuleEngine rules = RuleEngine.fromDirectory(PipelineEngines.RULES);
        InSituRuleCheck inSitu = new InSituRuleCheck(rules);
        runDeals(settings, inSitu::startRecording,
                new EveryStagePlugin(inSitu), new StageGatePlugin(RuleEngine.fromDirectory(PipelineEngines.RULES)));
        GateStopwatch emptyBracket = new GateStopwatch();
        runDeals(settings, emptyBracket::startRecording, emptyBracket.start(), emptyBracket.stop());
        Map<String, Histogram> replayed = new RuleCheckReplay(rules, gate.completionsSeen())
                .run(settings.replayWarmUpChecks(), settings.replayChecks());

        out.printf("Stage gate cost per completion, microseconds. In engine: %d deals per engine after %d warm-up "
                + "deals; replayed: %d checks after %d warm-up%n", settings.stopwatchDeals(),
                settings.stopwatchWarmUpDeals(), settings.replayChecks(), settings.replayWarmUpChecks());
        new LatencyTable().column("in engine: gate", gate.nanosByStage())
                .column("in engine: read vars", inSitu.readNanosByStage())
                .column("in engine: check", inSitu.checkNanosByStage())
                .column("replayed hot: check", replayed)
                .print(out);
        Histogram overhead = LatencyTable.merged(emptyBracket.nanosByStage());
        out.printf("stopwatch bracket with nothing inside: median %.1f us, p99 %.1f us%n",
                LatencyTable.micros(overhead, 50), LatencyTable.micros(overhead, 99));
        double inEngineP99 = LatencyTable.micros(LatencyTable.merged(inSitu.checkNanosByStage()), 99);
        double replayedP99 = LatencyTable.micros(LatencyTable.merged(replayed), 99);
        out.printf("rule check p99 (target < %.0f us): %.1f us in engine (%s), %.1f us replayed hot (%s)%n",
                P99_TARGET_MICROS, inEngineP99, inEngineP99 < P99_TARGET_MICROS ? "met" : "MISSED", replayedP99,
                replayedP99 < P99_TARGET_MICROS ? "met" : "MISSED");
    }

    /** Runs warm-up deals, then {@code startRecording}, then the measured deals, on a fresh engine. */
    private static void runDeals(BenchmarkSettings settings, Runnable startRecording, ProcessEnginePlugin... plugins) {
        ProcessEngine engine = PipelineEngines.deployed(plugins);
        try {
            DealDriver driver = new DealDriver(engine);
            driver.run(settings.stopwatchWarmUpDeals());
            startRecording.run();
            driver.run(settings.stopwatchDeals());
        }
        finally {
            engine.close();
        }
    }
}

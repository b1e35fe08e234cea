package com.dealstage.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.function.ToDoubleFunction;

/**
 * Deals per second with the gate on and off, measured in alternating runs of the same JVM so that
 * a noisy neighbour, the JIT or a growing heap hit both sides alike.
 */
final class ThroughputComparison {

    record Round(int number, DealRun gateOn, DealRun gateOff) {

        double ratio(ToDoubleFunction<DealRun> rate) {
            return rate.applyAsDouble(gateOn) / rate.applyAsDouble(gateOff);
        }
    }

    record Result(List<Round> rounds) {

        double medianGateOn(ToDoubleFunction<DealRun> rate) {
            return median(rounds.stream().mapToDouble(round -> rate.applyAsDouble(round.gateOn())));
        }

        double medianGateOff(ToDoubleFunction<DealRun> rate) {
            return median(rounds.stream().mapToDouble(round -> rate.applyAsDouble(round.gateOff())));
        }

        double ratioOfMedians(ToDoubleFunction<DealRun> rate) {
            return medianGateOn(rate) / medianGateOff(rate);
        }

        /** The two runs of a round are neighbours in time: their ratio cancels slow drifts of the machine. */
        double medianOfRoundRatios(ToDoubleFunction<DealRun> rate) {
            return median(rounds.stream().mapToDouble(round -> round.ratio(rate)));
        }
    }

    private final DealDriver gateOn;
    private final DealDriver gateOff;
    private final int dealsPerRound;

    ThroughputComparison(DealDriver gateOn, DealDriver gateOff, int dealsPerRound) {
        this.gateOn = gateOn;
        this.gateOff = gateOff;
        this.dealsPerRound = dealsPerRound;
    }

    void warmUp(int rounds) {
        for (int i = 0; i < rounds; i++) {
            gateOn.run(dealsPerRound);
            gateOff.run(dealsPerRound);
        }
    }

    Result measure(int rounds) {
        List<Round> results = new ArrayList<>();
        for (int number = 1; number <= rounds; number++) {
            // ON,OFF then OFF,ON: whoever goes second inherits the first one's garbage and heat
            boolean onFirst = number % 2 == 1;
            DealRun first = run(onFirst ? gateOn : gateOff);
            DealRun second = run(onFirst ? gateOff : gateOn);
            results.add(new Round(number, onFirst ? first : second, onFirst ? second : first));
        }
        return new Result(results);
    }

    private DealRun run(DealDriver driver) {
        System.gc(); // start each run from a collected heap instead of paying for the previous one
        return driver.run(dealsPerRound);
    }

    private static double median(DoubleStream values) {
        double[] sorted = values.sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

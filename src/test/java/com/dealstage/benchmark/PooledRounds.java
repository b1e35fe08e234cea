package com.dealstage.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every measured round of several suite runs taken together. One run's five to nine rounds on a noisy VM can land
 * on either side of a target; the rounds of many runs give its distribution. Each round pairs the two sides run
 * back to back, so the median of the rounds' ratios is the pooled figure (medians of rates taken across runs would
 * mix runs on faster and slower hours of the machine). Reads the suite's printed round lines:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.dealstage.benchmark.BenchmarkSuite \
 *     databases=postgres cluster=false clients=1 restDeals=8 | tee target/benchmarks/suite-1.log
 * ... (more runs) ...
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.dealstage.benchmark.PooledRounds \
 *     target/benchmarks/suite-*.log
 * </pre>
 */
public final class PooledRounds {

    private static final Pattern ROUND = Pattern.compile(
            "^\\s+(gate|pipeline) round \\d+: [^,]+ ([\\d.]+), [^,]+ ([\\d.]+) deals/s"
                    + "(?:.*?CPU ([\\d.]+) and ([\\d.]+) ms)?",
            Pattern.MULTILINE);

    private PooledRounds() {
    }

    public static void main(String[] logs) throws IOException {
        for (String comparison : List.of("gate", "pipeline")) {
            double target = comparison.equals("gate") ? BenchmarkSuite.GATE_TARGET : BenchmarkSuite.PIPELINE_TARGET;
            List<Double> rates = new ArrayList<>();
            List<Double> work = new ArrayList<>();
            int runs = 0;
            for (String log : logs) {
                Matcher round = ROUND.matcher(Files.readString(Path.of(log)));
                boolean inThisRun = false;
                while (round.find()) {
                    if (round.group(1).equals(comparison)) {
                        inThisRun = true;
                        rates.add(Double.parseDouble(round.group(2)) / Double.parseDouble(round.group(3)));
                        if (round.group(4) != null) {
                            work.add(Double.parseDouble(round.group(5)) / Double.parseDouble(round.group(4)));
                        }
                    }
                }
                runs += inThisRun ? 1 : 0;
            }
            if (rates.isEmpty()) {
                continue;
            }
            double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            long reaching = Arrays.stream(sorted).filter(ratio -> ratio >= target).count();
            System.out.printf(Locale.ROOT, "%s: %d rounds of %d runs; ratio of the paired rounds: median %.3f, "
                    + "quartiles %.2f-%.2f, range %.2f-%.2f; %d of %d rounds at or above %.2f%s%n", comparison,
                    sorted.length, runs, quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75),
                    sorted[0], sorted[sorted.length - 1], reaching, sorted.length, target, work.isEmpty() ? ""
                            : String.format(Locale.ROOT, "; deals per CPU second, median of %d rounds: %.3f",
                                    work.size(), quantile(work.stream().mapToDouble(Double::doubleValue).sorted()
                                            .toArray(), 0.5)));
        }
    }

    /** Linear between the two nearest ranks, as spreadsheets compute quartiles. */
    private static double quantile(double[] sorted, double share) {
        double rank = share * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}

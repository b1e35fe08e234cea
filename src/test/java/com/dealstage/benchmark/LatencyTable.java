package com.dealstage.benchmark;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Per-stage latencies (median and p99, microseconds), one pair of columns per measurement. */
final class LatencyTable {

    private final Map<String, Map<String, Histogram>> columns = new LinkedHashMap<>();

    LatencyTable column(String title, Map<String, Histogram> nanosByStage) {
        columns.put(title, nanosByStage);
        return this;
    }

    void print(PrintStream out) {
        StringBuilder titles = new StringBuilder(String.format("%-15s", ""));
        StringBuilder heads = new StringBuilder(String.format("%-15s", "stage"));
        columns.keySet().forEach(title -> titles.append(String.format(" | %-21s", title)));
        columns.keySet().forEach(title -> heads.append(String.format(" | %10s %10s", "median us", "p99 us")));
        out.println(titles);
        out.println(heads);
        Map<String, Histogram> first = columns.values().iterator().next();
        for (String stage : first.keySet()) {
            row(out, stage, column -> column.get(stage));
        }
        row(out, "all stages", LatencyTable::merged);
    }

    private void row(PrintStream out, String label, java.util.function.Function<Map<String, Histogram>, Histogram> cell) {
        StringBuilder line = new StringBuilder(String.format("%-15s", label));
        for (Map<String, Histogram> column : columns.values()) {
            Histogram histogram = cell.apply(column);
            line.append(histogram == null ? String.format(" | %10s %10s", "-", "-")
                    : String.format(" | %10.1f %10.1f", micros(histogram, 50), micros(histogram, 99)));
        }
        out.println(line);
    }

    static Histogram merged(Map<String, Histogram> byStage) {
        Histogram all = new Histogram(3);
        byStage.values().forEach(all::add);
        return all;
    }

    static double micros(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}

package com.dealstage.benchmark;

import java.util.HashMap;
import java.util.Map;

/**
 * Sizes of the run, overridable as {@code name=value} arguments. Defaults give rounds of a few
 * seconds on a 2-core machine: long enough to average out a GC pause, short enough to interleave.
 */
record BenchmarkSettings(int dealsPerRound, int warmUpRounds, int rounds, int stopwatchWarmUpDeals,
        int stopwatchDeals, int replayWarmUpChecks, int replayChecks) {

    static BenchmarkSettings fromArgs(String... args) {
        Map<String, Integer> given = parse(args);
        BenchmarkSettings settings = new BenchmarkSettings(take(given, "dealsPerRound", 150),
                take(given, "warmUpRounds", 3), take(given, "rounds", 7), take(given, "stopwatchWarmUpDeals", 300),
                take(given, "stopwatchDeals", 700), take(given, "replayWarmUpChecks", 200_000),
                take(given, "replayChecks", 500_000));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown settings " + given.keySet() + "; see " + settings);
        }
        return settings;
    }

    private static Map<String, Integer> parse(String... args) {
        Map<String, Integer> given = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("Expected name=value, got '" + arg + "'");
            }
            given.put(pair[0], Integer.parseInt(pair[1]));
        }
        return given;
    }

    private static int take(Map<String, Integer> given, String name, int fallback) {
        Integer value = given.remove(name);
        return value == null ? fallback : value;
    }
}

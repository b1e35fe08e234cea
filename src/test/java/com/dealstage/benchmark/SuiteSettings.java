package com.dealstage.benchmark;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sizes of a {@link BenchmarkSuite} run, as {@code name=value} arguments; defaults are the documented run.
 * {@code databases=} (empty) runs the cluster part alone.
 */
record SuiteSettings(List<String> databases, int dealsPerRound, int warmUpRounds, int maxWarmUpRounds, int rounds,
        List<Integer> clients, int restDeals, int jobTimers, int openDeals, boolean cluster, boolean pipelineInOneJvm) {

    static SuiteSettings fromArgs(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("Expected name=value, got " + arg);
            }
            given.put(pair[0], pair[1]);
        }
        SuiteSettings settings = new SuiteSettings(Arrays.stream(given.getOrDefault("databases", "h2,postgres").split(","))
                        .filter(name -> !name.isBlank()).toList(),
                Integer.parseInt(given.getOrDefault("dealsPerRound", "60")),
                Integer.parseInt(given.getOrDefault("warmUpRounds", "3")),
                Integer.parseInt(given.getOrDefault("maxWarmUpRounds", "15")),
                Integer.parseInt(given.getOrDefault("rounds", "5")),
                Arrays.stream(given.getOrDefault("clients", "1,4,16").split(",")).map(Integer::valueOf).toList(),
                Integer.parseInt(given.getOrDefault("restDeals", "48")),
                Integer.parseInt(given.getOrDefault("jobTimers", "300")),
                Integer.parseInt(given.getOrDefault("openDeals", "100000")),
                Boolean.parseBoolean(given.getOrDefault("cluster", "true")),
                Boolean.parseBoolean(given.getOrDefault("pipelineInOneJvm", "false")));
        given.keySet().removeAll(List.of("databases", "dealsPerRound", "warmUpRounds", "maxWarmUpRounds", "rounds",
                "clients", "restDeals", "jobTimers", "openDeals", "cluster", "pipelineInOneJvm"));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown settings: " + given.keySet());
        }
        return settings;
    }
}

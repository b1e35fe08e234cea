package com.dealstage.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How much of the machine a piece of work used, to tell whether a second node could have added anything: the CPU
 * time of the cluster's own processes (the nodes and every PostgreSQL process) and the machine's busy share, both
 * over the same wall-clock interval; also the share the hypervisor stole from this VM's cores in it, which slows a
 * run without any work of its own. Reads /proc (Linux); where it is missing the figures are NaN.
 */
final class CpuUse {

    record Reading(double seconds, double clusterCores, double machineBusy, double stolen, int cores) {

        /** CPU time the processes used, in seconds. */
        double cpuSeconds() {
            return clusterCores * seconds;
        }

        /** E.g. "cluster used 1.87 of 2 cores, machine 96 % busy". */
        String inWords() {
            return String.format("cluster used %.2f of %d cores, machine %.0f %% busy", clusterCores, cores,
                    machineBusy * 100);
        }
    }

    private final List<Long> nodePids;
    private final long startNanos;
    private final Duration startCluster;
    private final long[] startMachine;

    private CpuUse(List<Long> nodePids) {
        this.nodePids = nodePids;
        this.startCluster = clusterCpu(nodePids);
        this.startMachine = machineJiffies();
        this.startNanos = System.nanoTime();
    }

    static CpuUse start(List<Long> nodePids) {
        return new CpuUse(nodePids);
    }

    Reading stop() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Duration cluster = clusterCpu(nodePids).minus(startCluster);
        long[] machine = machineJiffies();
        double busy = Double.NaN;
        double stolen = Double.NaN;
        if (machine.length > 0 && startMachine.length > 0 && machine[0] > startMachine[0]) {
            long total = machine[0] - startMachine[0];
            busy = 1.0 - (double) (machine[1] - startMachine[1]) / total;
            stolen = (double) (machine[2] - startMachine[2]) / total;
        }
        return new Reading(seconds, cluster.toNanos() / 1e9 / seconds, busy, stolen,
                Runtime.getRuntime().availableProcessors());
    }

    /** CPU time of the nodes and of all PostgreSQL processes (server and backends) so far. */
    private static Duration clusterCpu(List<Long> nodePids) {
        return ProcessHandle.allProcesses()
                .filter(process -> nodePids.contains(process.pid())
                        || process.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
                .map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** /proc/stat's first line: {all jiffies, idle + iowait jiffies, steal jiffies}, or empty when unreadable. */
    private static long[] machineJiffies() {
        try {
            long[] fields = Arrays.stream(Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+"))
                    .skip(1).mapToLong(Long::parseLong).toArray();
            // user nice system idle iowait irq softirq steal guest guest_nice: guests are already in user and nice
            long total = Arrays.stream(fields).limit(8).sum();
            return new long[] {total, fields[3] + fields[4], fields[7]};
        } catch (IOException | RuntimeException noProc) {
            return new long[0];
        }
    }
}

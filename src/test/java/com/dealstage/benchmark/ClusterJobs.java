package com.dealstage.benchmark;

import com.dealstage.cluster.AppNode;
import com.dealstage.testsupport.StageInputs;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.FileSystemUtils;

/**
 * Real node processes (as docker-compose.yml runs them) on one PostgreSQL: time from start to ready, due
 * re-contact timers per second with one node and then two, resident memory with many open deals.
 */
final class ClusterJobs {

    record Result(long readyFirstMillis, long readySecondMillis, Drain oneNode, Drain twoNodes, int timers,
            int openDeals, long residentMiBBefore, long residentMiBAfter, double openDealsPerSecond) {
    }

    /** Timers per second, and how much CPU the cluster and the machine used meanwhile. */
    record Drain(double timersPerSecond, CpuUse.Reading cpu) {
    }

    private ClusterJobs() {
    }

    static Result run(int timers, int openDeals) throws Exception {
        Path shared = Files.createTempDirectory("bench-cluster");
        FileSystemUtils.copyRecursively(Path.of("processes"), shared.resolve("processes"));
        FileSystemUtils.copyRecursively(Path.of("rules"), shared.resolve("rules"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            try (AppNode a = AppNode.start("bench-a", url, shared)) {
                List<String> one = rejectedDeals(a, timers);
                List<String> warmUp = rejectedDeals(a, timers);
                List<String> two = rejectedDeals(a, timers);
                Drain oneNode = drain(url, one, List.of(a.pid()));
                System.out.printf("  one node: %d timers at %.1f/s, %s%n", timers, oneNode.timersPerSecond(),
                        oneNode.cpu().inWords());
                Drain twoNodes;
                long readySecond;
                try (AppNode b = AppNode.start("bench-b", url, shared)) {
                    readySecond = b.readyMillis();
                    // the new node's first jobs run on a cold JIT: a batch to warm it up, not counted
                    System.out.printf("  two nodes, warm-up batch: %.1f/s%n",
                            drain(url, warmUp, List.of(a.pid(), b.pid())).timersPerSecond());
                    twoNodes = drain(url, two, List.of(a.pid(), b.pid()));
                    System.out.printf("  two nodes: %d timers at %.1f/s, %s%n", timers, twoNodes.timersPerSecond(),
                            twoNodes.cpu().inWords());
                }
                System.gc();
                long before = a.residentMiB();
                long start = System.nanoTime();
                openDeals(a, openDeals);
                double rate = openDeals / ((System.nanoTime() - start) / 1e9);
                return new Result(a.readyMillis(), readySecond, oneNode, twoNodes, timers, openDeals, before,
                        a.residentMiB(), rate);
            }
        } finally {
            FileSystemUtils.deleteRecursively(shared);
        }
    }

    /**
     * Makes the deals' re-contact timers due at once and times until every re-contact call exists, reading the CPU
     * the nodes and PostgreSQL used meanwhile: if one node already keeps the machine's cores busy, a second node
     * has no CPU to add.
     */
    private static Drain drain(String url, List<String> deals, List<Long> nodes) throws Exception {
        String in = deals.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                Statement sql = db.createStatement()) {
            CpuUse cpu = CpuUse.start(nodes);
            sql.executeUpdate("update act_ru_job set duedate_ = now() - interval '1 second' where process_instance_id_ in ("
                    + in + ")");
            while (count(sql, "select count(*) from act_ru_task where task_def_key_ = 'recontactCall' and proc_inst_id_ in ("
                    + in + ")") < deals.size()) {
                Thread.sleep(50);
            }
            CpuUse.Reading used = cpu.stop();
            return new Drain(deals.size() / used.seconds(), used);
        }
    }

    /**
     * {@code count} open deals (cold calls waiting), as a base gets them: a head of sales imports a list of distinct
     * companies through POST /api/imports, and the run checks that every line started its deal.
     */
    private static void openDeals(AppNode node, int count) {
        StringBuilder csv = new StringBuilder("companyName;companyTaxId;manager\n");
        for (int i = 0; i < count; i++) {
            csv.append("Open deal ").append(i).append(';').append(StageInputs.newTaxNumber()).append(';')
                    .append(i % 2 == 0 ? "anna" : "boris").append('\n');
        }
        var helen = node.as("helen");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        Map<?, ?> accepted = helen.postForObject("/api/imports?name=open-deals.csv",
                new HttpEntity<>(csv.toString().getBytes(StandardCharsets.UTF_8), headers), Map.class);
        String progress = "/api/imports/" + accepted.get("id");
        // polled until DONE; an interrupted import fails the run at once instead of waiting out the limit
        Map<?, ?> done = Awaitility.await().atMost(Duration.ofHours(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> helen.getForObject(progress, Map.class), run -> {
                    if ("INTERRUPTED".equals(run.get("status"))) {
                        throw new IllegalStateException("the import of the open deals was interrupted: "
                                + run.get("message"));
                    }
                    return "DONE".equals(run.get("status"));
                });
        if (((Number) done.get("started")).intValue() != count) {
            throw new IllegalStateException("open deals: " + done.get("started") + " started of " + count + ": " + done);
        }
    }

    private static List<String> rejectedDeals(AppNode node, int count) throws Exception {
        List<String> deals = Collections.synchronizedList(new ArrayList<>());
        parallel(8, count, () -> {
            var anna = node.as("anna");
            String deal = (String) anna.postForEntity("/api/deals", StageInputs.newClientLead(), Map.class).getBody()
                    .get("id");
            String task = (String) ((List<Map<String, Object>>) anna.getForEntity("/api/deals/" + deal + "/tasks",
                    List.class).getBody()).get(0).get("id");
            if (anna.postForEntity("/api/tasks/" + task + "/complete", StageInputs.rejectionAt("coldCall", "NO_BUDGET"),
                    String.class).getStatusCode().value() != 204) {
                throw new IllegalStateException("rejection refused");
            }
            deals.add(deal);
            return null;
        });
        return deals;
    }

    private static void parallel(int threads, int total, java.util.concurrent.Callable<Void> one) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> work = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                work.add(pool.submit(one));
            }
            for (Future<Void> each : work) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}

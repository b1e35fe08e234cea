package com.dealstage.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * SQL statements per deal on each side of the suite's comparisons (H2 in memory, whose QUERY_STATISTICS counts every
 * statement the database executed): the deterministic part of the overhead, independent of a busy machine.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.dealstage.benchmark.StatementCounts [deals]
 * </pre>
 */
public final class StatementCounts {

    /** Keys starting with this hold H2's cumulative execution time of the statement, in microseconds. */
    private static final String MILLIS = "time: ";

    private StatementCounts() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogs.warningsOnly();
        int deals = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Map<String, Map<String, Long>> sides = new TreeMap<>();
        for (boolean gate : new boolean[] {true, false}) {
            ProcessEngine engine = BenchEngine.h2(gate);
            try {
                sides.put(gate ? "gate on" : "gate off", count(engine, BenchEngine.dataSource(engine), deals));
            } finally {
                engine.close();
            }
        }
        InJvmApp app = InJvmApp.start("jdbc:h2:mem:count-app;DB_CLOSE_DELAY=-1", "sa", "");
        try {
            sides.put("application", count(app.engine(), app.database(), deals));
        } finally {
            app.close();
        }
        print(sides, "gate on", "gate off", deals);
        print(sides, "application", "gate off", deals);
        System.exit(0);
    }

    private static Map<String, Long> count(ProcessEngine engine, DataSource database, int deals) throws Exception {
        Workload.javaApi(engine, Comparison.WARM_UP_DEALS, 1);
        execute(database, "SET QUERY_STATISTICS_MAX_ENTRIES 10000");
        execute(database, "SET QUERY_STATISTICS FALSE");
        execute(database, "SET QUERY_STATISTICS TRUE");
        Workload.javaApi(engine, deals, 1);
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT, "
                        + "CUMULATIVE_EXECUTION_TIME FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (rows.next()) {
                String sql = rows.getString(1).replaceAll("\\s+", " ");
                if (!sql.contains("QUERY_STATISTICS")) {
                    counts.merge(sql, rows.getLong(2), Long::sum);
                    counts.merge(MILLIS + sql, Math.round(rows.getDouble(3) * 1000), Long::sum);
                }
            }
        }
        execute(database, "SET QUERY_STATISTICS FALSE");
        return counts;
    }

    private static void print(Map<String, Map<String, Long>> sides, String a, String b, int deals) {
        Map<String, Long> x = sides.get(a);
        Map<String, Long> y = sides.get(b);
        System.out.printf("%n== %s vs %s, statements per deal: %.1f vs %.1f (selects %.1f vs %.1f); time in H2 per "
                + "deal %.2f vs %.2f ms%n", a, b, total(x, "") / (double) deals, total(y, "") / (double) deals,
                total(x, "SELECT") / (double) deals, total(y, "SELECT") / (double) deals,
                total(x, MILLIS) / 1000.0 / deals, total(y, MILLIS) / 1000.0 / deals);
        List<String> lines = new ArrayList<>();
        TreeMap<String, Long> all = new TreeMap<>(x);
        y.keySet().forEach(sql -> all.putIfAbsent(sql, 0L));
        for (String sql : all.keySet()) {
            long dx = x.getOrDefault(sql, 0L);
            long dy = y.getOrDefault(sql, 0L);
            if (sql.startsWith(MILLIS)) {
                continue;
            }
            long tx = x.getOrDefault(MILLIS + sql, 0L);
            long ty = y.getOrDefault(MILLIS + sql, 0L);
            if (dx != dy || Math.abs(tx - ty) > deals * 20L) {
                lines.add(String.format("%+7.2f  (%6.2f vs %6.2f)  ms %5.2f vs %5.2f  %s", (dx - dy) / (double) deals,
                        dx / (double) deals, dy / (double) deals, tx / 1000.0 / deals, ty / 1000.0 / deals,
                        sql.length() > 160 ? sql.substring(0, 160) + "..." : sql));
            }
        }
        lines.sort((l, r) -> Double.compare(Double.parseDouble(r.substring(0, 7)), Double.parseDouble(l.substring(0,
                7))));
        lines.forEach(System.out::println);
    }

    private static long total(Map<String, Long> counts, String prefix) {
        return counts.entrySet().stream().filter(e -> prefix.equals(MILLIS) ? e.getKey().startsWith(MILLIS)
                : !e.getKey().startsWith(MILLIS) && e.getKey().trim().toUpperCase().startsWith(prefix))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static void execute(DataSource database, String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

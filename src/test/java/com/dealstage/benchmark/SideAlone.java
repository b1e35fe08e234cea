package com.dealstage.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * A diagnostic beside the suite: one side alone in a JVM of its own, as a production node runs it, so that neither
 * the other side's compilations nor its types at shared call sites land on it. Rounds of deals on a new database of
 * an embedded PostgreSQL; per round the wall time and the JIT's compile time within it; over the second half of the
 * rounds, the database's own execution time per deal ({@code pg_stat_statements}, which embedded PostgreSQL ships).
 * Run the two sides one after the other, twice, and compare the medians of their later rounds:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.dealstage.benchmark.SideAlone application 14 60
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.dealstage.benchmark.SideAlone bare 14 60
 * </pre>
 */
public final class SideAlone {

    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private SideAlone() {
    }

    public static void main(String[] args) throws Exception {
        QuietLogs.warningsOnly();
        boolean application = args[0].equals("application");
        int rounds = Integer.parseInt(args[1]);
        int deals = Integer.parseInt(args[2]);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_preload_libraries", "pg_stat_statements").start();
        InJvmApp app = application ? InJvmApp.start(Sides.newDatabase(postgres), "postgres", "postgres") : null;
        ProcessEngine engine = application ? app.engine() : Sides.onNewDatabase(postgres, false);
        DataSource database = application ? app.database() : BenchEngine.dataSource(engine);
        EqualWork start = EqualWork.of(database);
        double[] later = new double[rounds - rounds / 2];
        for (int round = 1; round <= rounds; round++) {
            if (round == rounds / 2 + 1) {
                statements(database, "create extension if not exists pg_stat_statements");
                statements(database, "select pg_stat_statements_reset()");
            }
            System.gc();
            long compiled = JIT.getTotalCompilationTime();
            long begin = System.nanoTime();
            Workload.javaApi(engine, deals, 1);
            double millis = (System.nanoTime() - begin) / 1e6;
            System.out.printf("%s round %d: %.0f ms for %d deals, JIT compiling %d ms of it%n", args[0], round, millis,
                    deals, JIT.getTotalCompilationTime() - compiled);
            if (round > rounds / 2) {
                later[round - rounds / 2 - 1] = millis;
            }
        }
        EqualWork work = EqualWork.of(database).minus(start);
        Arrays.sort(later);
        System.out.printf("%s: median of rounds %d-%d %.0f ms (%.1f deals/s), spread %.0f-%.0f ms; "
                + "PostgreSQL executing %.1f ms a deal in them (%.1f statements a deal); work: %d tasks, %d companies, "
                + "%d rows%n", args[0],
                rounds / 2 + 1, rounds,
                later[later.length / 2], deals / later[later.length / 2] * 1000, later[0], later[later.length - 1],
                statistic(database, "sum(total_exec_time)") / (later.length * deals),
                statistic(database, "sum(calls)") / (later.length * deals), work.tasksCompleted(), work.distinctCompanies(),
                work.rows());
        if (Integer.getInteger("top", 0) > 0) {
            topStatements(database, Integer.getInteger("top"), later.length * deals);
        }
        if (application) {
            app.close();
        } else {
            engine.close();
        }
        postgres.close();
        System.exit(0);
    }

    private static void statements(DataSource database, String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** With {@code -Dtop=N}: the N statements PostgreSQL spent most time on, per deal, to compare the two sides. */
    private static void topStatements(DataSource database, int top, int deals) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select calls, total_exec_time, query from pg_stat_statements "
                        + "where query not like '%pg_stat_statements%' order by total_exec_time desc limit " + top)) {
            while (rows.next()) {
                String query = rows.getString(3).replaceAll("\\s+", " ");
                System.out.printf("  %6.2f calls %6.3f ms a deal  %s%n", rows.getDouble(1) / deals,
                        rows.getDouble(2) / deals, query.substring(0, Math.min(110, query.length())));
            }
        }
    }

    private static double statistic(DataSource database, String aggregate) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet sum = statement.executeQuery("select " + aggregate + " from pg_stat_statements "
                        + "where query not like '%pg_stat_statements%'")) {
            sum.next();
            return sum.getDouble(1);
        }
    }
}

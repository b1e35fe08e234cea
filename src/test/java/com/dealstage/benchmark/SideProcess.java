package com.dealstage.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * A side of the pipeline comparison in a JVM of its own, as a production node runs: the application (its whole
 * Spring context) or bare Camunda. Two sides in one JVM share its JIT: each side's compilations run while the other
 * is timed, and types the other brings to the engine's shared code reshape what is compiled for it. The parent sends
 * {@code run <deals>} on the process's input and reads
 * {@code result <deals/s> <tasks> <companies> <rows> <JIT share> <CPU ms a deal> <JVM's ms of it> <stolen share>},
 * the same measurement as a side in the parent's JVM ({@link Comparison#measure}); the process's log is in
 * target/benchmarks/.
 */
final class SideProcess implements Comparison.Side {

    private static final String H2 = "h2";
    private final Process process;
    private final BufferedReader replies;
    private final PrintWriter commands;
    private final String name;

    private SideProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** {@code side}: application or bare; {@code jdbcUrl}: a PostgreSQL database of its own, or null for H2. */
    static SideProcess start(String side, String jdbcUrl) throws IOException {
        Path log = Files.createDirectories(Path.of("target", "benchmarks")).resolve("side-" + side + ".log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SideProcess.class.getName(), side,
                jdbcUrl == null ? H2 : jdbcUrl)).redirectError(log.toFile()).start();
        SideProcess started = new SideProcess(side, process);
        started.reply("ready");
        return started;
    }

    @Override
    public Comparison.Run run(int deals) throws IOException {
        commands.println("run " + deals);
        String[] result = reply("result").split(" ");
        return new Comparison.Run(Double.parseDouble(result[1]), new EqualWork(Long.parseLong(result[2]),
                Long.parseLong(result[3]), Long.parseLong(result[4])), Double.parseDouble(result[5]),
                Double.parseDouble(result[6]), Double.parseDouble(result[7]), Double.parseDouble(result[8]));
    }

    /** The process lives through all rounds; {@link #stop()} ends it. */
    @Override
    public void close() {
    }

    void stop() throws InterruptedException {
        commands.println("exit");
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
    }

    private String reply(String expected) throws IOException {
        String line = replies.readLine();
        if (line == null || !line.startsWith(expected)) {
            throw new IllegalStateException("The " + name + " side's process answered " + line + " instead of "
                    + expected + "; see target/benchmarks/side-" + name + ".log");
        }
        return line;
    }

    /** The side's process: {@code application|bare <jdbc url|h2>}, then commands on standard input. */
    public static void main(String[] args) throws Exception {
        // System.out is the channel to the parent: everything else the side prints goes to the log
        PrintWriter parent = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        QuietLogs.warningsOnly();
        boolean application = args[0].equals("application");
        boolean h2 = args[1].equals(H2);
        InJvmApp app = !application ? null : InJvmApp.start(h2 ? "jdbc:h2:mem:bench-app;DB_CLOSE_DELAY=-1" : args[1],
                h2 ? "sa" : "postgres", h2 ? "" : "postgres");
        ProcessEngine engine = application ? app.engine()
                : h2 ? BenchEngine.h2(false) : BenchEngine.build(args[1], "postgres", "postgres", false);
        DataSource database = application ? app.database() : BenchEngine.dataSource(engine);
        parent.println("ready");
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String command;
        while ((command = input.readLine()) != null && command.startsWith("run ")) {
            Comparison.Run run = Comparison.measure(engine, database, Integer.parseInt(command.substring(4)));
            parent.println(String.format(Locale.ROOT, "result %f %d %d %d %f %f %f %f", run.dealsPerSecond(),
                    run.work().tasksCompleted(), run.work().distinctCompanies(), run.work().rows(), run.compiling(),
                    run.cpuMillisPerDeal(), run.jvmMillisPerDeal(), run.stolen()));
        }
        if (application) {
            app.close();
        } else {
            engine.close();
        }
        System.exit(0);
    }
}

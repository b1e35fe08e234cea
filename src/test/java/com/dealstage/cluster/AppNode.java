package com.dealstage.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * One application node as a real operating-system process ({@code java -cp} of the test classpath), configured
 * the way docker-compose.yml configures a node: profiles {@code prod,postgres}, database and admin password from
 * the environment, processes/ and rules/ from a folder all nodes share. A process can be killed with SIGKILL.
 */
public final class AppNode implements AutoCloseable {

    static final String ADMIN_PASSWORD = "admin-test";
    static final String PROFILES = "prod,postgres";
    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private long readyMillis;

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts a node and waits until /actuator/health answers UP. */
    public static AppNode start(String name, String jdbcUrl, Path shared, String... extraArgs) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classpath(), "com.dealstage.DealstageApplication",
                "--server.port=" + port,
                "--dealstage.identity.demo-users=true",
                "--dealstage.processes.path=" + shared.resolve("processes"),
                "--dealstage.rules.path=" + shared.resolve("rules"),
                // the job log names the node that ran a job
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // a due timer is picked up within 2 s; a dead node's locks expire after 15 s
                "--camunda.bpm.job-execution.max-wait=2000",
                "--camunda.bpm.job-execution.lock-time-in-millis=15000"));
        command.addAll(List.of(extraArgs));
        Path log = Path.of("target", "cluster", name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment(jdbcUrl));
        long start = System.nanoTime();
        AppNode node = new AppNode(name, port, builder.start(), log);
        node.awaitReady(Duration.ofMinutes(3));
        node.readyMillis = (System.nanoTime() - start) / 1_000_000;
        return node;
    }

    /** What docker-compose.yml sets on a node (its environment plus .env), here for the embedded server. */
    static Map<String, String> environment(String jdbcUrl) {
        return Map.of("SPRING_PROFILES_ACTIVE", PROFILES, "DEALSTAGE_DB_URL", jdbcUrl,
                "DEALSTAGE_DB_USER", "postgres", "DEALSTAGE_DB_PASSWORD", "postgres",
                "DEALSTAGE_ADMIN_PASSWORD", ADMIN_PASSWORD);
    }

    private void awaitReady(Duration limit) {
        TestRestTemplate http = http();
        Awaitility.await(name + " ready (log: " + log + ")").atMost(limit).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + tail());
                    }
                    try {
                        return http.getForEntity("/actuator/health", String.class).getStatusCode().is2xxSuccessful();
                    } catch (RuntimeException notListeningYet) {
                        return false;
                    }
                });
    }

    public String name() {
        return name;
    }

    /** From process start to the first healthy answer of /actuator/health. */
    public int port() {
        return port;
    }

    public long readyMillis() {
        return readyMillis;
    }

    /** The node's operating-system process id. */
    public long pid() {
        return process.pid();
    }

    /** Resident memory of the node's process (VmRSS), in MiB. */
    public long residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("No VmRSS for " + name);
    }

    Path log() {
        return log;
    }

    TestRestTemplate http() {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port));
    }

    public TestRestTemplate as(String user) {
        return http().withBasicAuth(user, user.equals("admin") ? ADMIN_PASSWORD : user);
    }

    /** kill -9: no shutdown hook, no transaction finished, no lock released. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean alive() {
        return process.isAlive();
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** Surefire runs tests from a manifest-only jar and names the real classpath in this property. */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String cp = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return String.join(File.pathSeparator, cp.split(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

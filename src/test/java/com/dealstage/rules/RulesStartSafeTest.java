package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealstage.DealstageApplication;
import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;

/**
 * Start safe: a rule file saved with a mistake is still there when the node restarts. The application starts on the
 * last good rules (kept in the database by the run before), logs one ERROR naming file and line, reports itself
 * DEGRADED, keeps enforcing the old rules, and swaps the fixed file in by hot reload. With no good rules ever kept,
 * the start stops with a short report.
 */
@Tag("own-context")
@ExtendWith(OutputCaptureExtension.class)
class RulesStartSafeTest {

    private static final String RULE = "rule \"ColdCallRequiresContactPosition\"";

    @TempDir
    Path temp;

    @Test
    void brokenRulesAtStartupRunOnTheLastGoodOnesUntilTheFileIsFixed(CapturedOutput output) throws IOException {
        Path rules = copyOfRules();
        try (ConfigurableApplicationContext first = start(rules, "0")) {
            assertThat(first.getBean(RuleEngine.class).status().ok()).isTrue();
        }
        Path gates = rules.resolve("stage-gates.drl");
        String original = Files.readString(gates);
        int ruleLine = lineOf(original, RULE);
        Files.writeString(gates, withoutEndOf(original, ruleLine));

        try (ConfigurableApplicationContext second = start(rules, "200ms")) {
            TestRestTemplate http = http(second);
            Map<String, Object> status = new EngineRestClient(http, "paul").get("/api/rules/status").getBody();
            assertThat(status).containsEntry("state", "FAILED_RELOAD").containsEntry("source", "snapshot");
            assertThat((List<Map<String, Object>>) status.get("errors")).first().satisfies(error -> {
                assertThat(error).containsEntry("file", "stage-gates.drl").containsEntry("line", ruleLine);
                assertThat((String) error.get("message")).contains("ColdCallRequiresContactPosition", "no 'end'");
                assertThat((String) error.get("detail")).contains("mismatched input");
            });
            ResponseEntity<Map> anonymous = http.getForEntity("/actuator/health", Map.class);
            assertThat(anonymous.getStatusCode().value()).as("load balancers keep the node").isEqualTo(200);
            assertThat(anonymous.getBody()).isEqualTo(Map.of("status", "DEGRADED"));
            Map<?, ?> health = new EngineRestClient(http, "paul").get("/actuator/health").getBody();
            assertThat(((Map<?, ?>) ((Map<?, ?>) health.get("components")).get("rules")).get("status"))
                    .isEqualTo("DEGRADED");
            assertThat(completeColdCallWithoutPosition(http).getStatusCode().value()).as("the last good rules hold")
                    .isEqualTo(422);
            String log = output.getOut() + output.getErr();
            assertThat(log.split("refused at startup", -1)).as("one ERROR naming the fault").hasSize(2);
            assertThat(log).contains("stage-gates.drl line " + ruleLine).doesNotContain("\tat org.drools")
                    .doesNotContain("Unable to build KieBaseModel");

            Files.writeString(gates, original);
            Awaitility.await("the fixed file swapped in").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> new EngineRestClient(http, "paul").get("/api/rules/status").getBody(),
                            body -> "OK".equals(body.get("state")) && "folder".equals(body.get("source")));
            assertThat(http.getForEntity("/actuator/health", Map.class).getBody()).isEqualTo(Map.of("status", "UP"));
        }
    }

    @Test
    void theVeryFirstStartWithBrokenRulesStopsWithAShortReport(CapturedOutput output) throws IOException {
        Path rules = copyOfRules();
        Path gates = rules.resolve("stage-gates.drl");
        String original = Files.readString(gates);
        int ruleLine = lineOf(original, RULE);
        Files.writeString(gates, withoutEndOf(original, ruleLine));

        assertThatThrownBy(() -> start(rules, "0").close()).hasRootCauseInstanceOf(InvalidRulesException.class);

        String log = output.getOut() + output.getErr();
        assertThat(log).contains("APPLICATION FAILED TO START", "no earlier good rules are stored",
                "stage-gates.drl line " + ruleLine);
    }

    private ResponseEntity<String> completeColdCallWithoutPosition(TestRestTemplate http) {
        EngineRestClient anna = new EngineRestClient(http, "anna");
        String deal = anna.startDeal(StageInputs.newClientLead());
        Map<String, Object> input = new HashMap<>(StageInputs.forward("coldCall"));
        input.remove("contactPosition");
        return anna.complete((String) anna.tasks(deal).get(0).get("id"), input);
    }

    private Path copyOfRules() throws IOException {
        Path rules = temp.resolve("rules");
        FileSystemUtils.copyRecursively(Path.of("rules"), rules);
        return rules;
    }

    static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(start);
    }

    /** The rule starting at {@code ruleLine} loses its closing {@code end}, as when a line is deleted by mistake. */
    static String withoutEndOf(String text, int ruleLine) {
        List<String> lines = new java.util.ArrayList<>(text.lines().toList());
        for (int i = ruleLine; i < lines.size(); i++) {
            if (lines.get(i).equals("end")) {
                lines.remove(i);
                return String.join("\n", lines) + "\n";
            }
        }
        throw new IllegalArgumentException("no end after line " + ruleLine);
    }

    private ConfigurableApplicationContext start(Path rules, String reloadInterval) {
        return new SpringApplicationBuilder(DealstageApplication.class).run("--spring.profiles.active=test",
                "--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + temp.resolve("db").toAbsolutePath(),
                "--dealstage.rules.path=" + rules, "--dealstage.rules.reload-interval=" + reloadInterval);
    }

    private static TestRestTemplate http(ConfigurableApplicationContext context) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:"
                + context.getEnvironment().getProperty("local.server.port")));
    }
}

package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The running application on a rules folder of its own: an edit that breaks the rules' own examples is refused
 * by the hot reload, the health check shows the rules DEGRADED with the failing example, the status endpoint
 * names it, the application stays in service and keeps enforcing the previous rules.
 */
@Tag("own-context")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dealstage.rules.reload-interval=100ms")
@ActiveProfiles("test")
class RulesInTheApplicationTest {

    private static final String WEAKENED = "$c : StageCompletion( stage == \"coldCall\", !has(\"contactPosition\") )";

    private static Path rules;

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private HealthEndpoint health;

    @DynamicPropertySource
    static void rulesOfItsOwn(DynamicPropertyRegistry registry) throws IOException {
        rules = Files.createTempDirectory("dealstage-rules");
        FileSystemUtils.copyRecursively(Path.of("rules"), rules);
        registry.add("dealstage.rules.path", rules::toString);
    }

    @AfterAll
    static void deleteRules() throws IOException {
        FileSystemUtils.deleteRecursively(rules);
    }

    @Test
    void editThatFailsItsExamplesDegradesHealthNamesTheExampleAndTheOldRulesStayInForce() throws IOException {
        Path gates = rules.resolve("stage-gates.drl");
        String original = Files.readString(gates);
        assertThat(original).contains(WEAKENED);
        // a process owner weakens a rule: the position no longer has to be filled in
        Files.writeString(gates, original.replace(WEAKENED, WEAKENED.replace("!has(\"contactPosition\")", "false")));

        Map<?, ?> status = awaitRulesState("FAILED_RELOAD");
        assertThat((List<Map<String, Object>>) status.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("file")).isEqualTo("stage-gates.examples.yaml");
            assertThat((Integer) error.get("line")).isPositive();
            assertThat((String) error.get("message")).contains("ColdCallRequiresContactPosition", "contactPosition");
        });
        Health rulesHealth = (Health) health.healthForPath("rules");
        assertThat(rulesHealth.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(rulesHealth.getDetails().get("errors").toString()).contains("stage-gates.examples.yaml");
        ResponseEntity<Map> overall = rest.getForEntity("/actuator/health", Map.class);
        assertThat(overall.getStatusCode().value()).as("the node stays in service").isEqualTo(200);
        assertThat(overall.getBody()).as("and says it is degraded").containsEntry("status", "DEGRADED");
        assertThat(completeColdCallWithoutPosition().getStatusCode().value()).as("the previous rules hold")
                .isEqualTo(422);

        Files.writeString(gates, original);
        awaitRulesState("OK");
        assertThat(health.healthForPath("rules").getStatus().getCode()).isEqualTo("UP");
        assertThat(rest.getForEntity("/actuator/health", Map.class).getBody()).containsEntry("status", "UP");
    }

    @Test
    void aStageKeyNoDiagramHasIsAWarningWithFileAndLineAndDegradesHealthUntilRemoved() throws IOException {
        Path demo = rules.resolve("demo.drl");
        // a typo in a stage key: the rule would never apply, and the gate of stage demo would check nothing
        Files.writeString(demo, """
                package com.dealstage.rules.demo;
                import com.dealstage.rules.StageCompletion;
                import com.dealstage.rules.Violation;

                rule "DemoRequiresNotes"
                when
                    $c : StageCompletion( stage == "ColdCall", !has("demoNotes") )
                then
                    insert(new Violation($c.stage(), "demoNotes", "Demo notes are required."));
                end
                """);
        try {
            Map<?, ?> status = Awaitility.await("warning").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> EngineRestClient.admin(rest).get("/api/rules/status").getBody(),
                            body -> body != null && !((List<?>) body.get("warnings")).isEmpty());
            assertThat(status.get("state")).isEqualTo("OK");
            assertThat((List<Map<String, Object>>) status.get("warnings")).singleElement().satisfies(warning -> {
                assertThat(warning).containsEntry("file", "demo.drl").containsEntry("line", 7);
                assertThat((String) warning.get("message")).contains("Stage 'ColdCall'", "Did you mean 'coldCall'?");
            });
            assertThat(health.healthForPath("rules").getStatus().getCode()).isEqualTo("DEGRADED");
            assertThat(rest.getForEntity("/actuator/health", Map.class).getBody()).containsEntry("status", "DEGRADED");
        }
        finally {
            Files.delete(demo);
        }
        Awaitility.await("no warning").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> EngineRestClient.admin(rest).get("/api/rules/status").getBody(),
                        body -> body != null && ((List<?>) body.get("warnings")).isEmpty());
        assertThat(rest.getForEntity("/actuator/health", Map.class).getBody()).containsEntry("status", "UP");
    }

    private ResponseEntity<String> completeColdCallWithoutPosition() {
        EngineRestClient anna = new EngineRestClient(rest, "anna");
        String deal = anna.startDeal(StageInputs.leadIntake());
        Map<String, Object> input = new HashMap<>(StageInputs.forward("coldCall"));
        input.remove("contactPosition");
        ResponseEntity<String> response = anna.complete((String) anna.tasks(deal).get(0).get("id"), input);
        assertThat(response.getBody()).contains("contactPosition");
        return response;
    }

    private Map<?, ?> awaitRulesState(String state) {
        return Awaitility.await("rules " + state).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> EngineRestClient.admin(rest).get("/api/rules/status").getBody(),
                        body -> body != null && state.equals(body.get("state")));
    }
}

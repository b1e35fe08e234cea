package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.FoldersOfItsOwn;
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
        rules = FoldersOfItsOwn.copy("rules", "dealstage.rules.path", registry);
    }

    @AfterAll
    static void deleteRules() throws IOException {
        FoldersOfItsOwn.delete(rules);
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

    @Test
    void aRejectionCodeWithoutARecontactPlanIsRefusedWithFileAndLine() throws IOException {
        Path recontact = rules.resolve("recontact.drl");
        String original = Files.readString(recontact);
        // narrowed by mistake (the examples, all from cold lists, still pass): a referral's rejection gets no plan
        String narrowed = "Rejection( reasonCode == \"NO_BUDGET\", source == \"COLD_LIST\" )";
        Files.writeString(recontact, original.replace("Rejection( reasonCode == \"NO_BUDGET\" )", narrowed));
        try {
            Map<?, ?> status = awaitRulesState("FAILED_RELOAD");
            assertThat((List<Map<String, Object>>) status.get("errors")).singleElement().satisfies(error -> {
                assertThat(error).containsEntry("file", "recontact.drl");
                assertThat(original.lines().toList().get((Integer) error.get("line") - 1)).contains("\"NO_BUDGET\"");
                assertThat((String) error.get("message")).contains("rejection reason NO_BUDGET");
            });
        }
        finally {
            Files.writeString(recontact, original);
        }
        awaitRulesState("OK");
    }

    @Test
    void aFileIsValidatedOverHttpWithoutBeingInstalled() throws IOException {
        String gates = Files.readString(rules.resolve("stage-gates.drl"));
        EngineRestClient paul = new EngineRestClient(rest, "paul");

        ResponseEntity<Map> broken = validate("paul", "stage-gates.drl",
                gates.replace("!has(\"contactPosition\")", "!hass(\"contactPosition\")"));
        assertThat(broken.getStatusCode().value()).isEqualTo(200);
        assertThat(broken.getBody()).containsEntry("ok", false).containsEntry("file", "stage-gates.drl");
        assertThat((List<Map<String, Object>>) broken.getBody().get("errors")).singleElement().satisfies(error -> {
            assertThat(gates.lines().toList().get((Integer) error.get("line") - 1)).contains("contactPosition");
            assertThat((String) error.get("message")).contains("no check 'hass'", "Did you mean 'has'?", "isValidInn");
            assertThat((String) error.get("detail")).contains("strict-mode");
        });
        assertThat(paul.get("/api/rules/status").getBody()).as("nothing installed").containsEntry("state", "OK");
        assertThat(Files.readString(rules.resolve("stage-gates.drl"))).isEqualTo(gates);

        ResponseEntity<Map> good = validate("admin", "stage-gates.drl", gates);
        assertThat(good.getStatusCode().value()).isEqualTo(200);
        assertThat(good.getBody()).containsEntry("ok", true).containsEntry("errors", List.of())
                .containsEntry("warnings", List.of());

        ResponseEntity<Map> outside = validate("paul", "../application.yaml", gates);
        assertThat(outside.getStatusCode().value()).isEqualTo(400);
        assertThat((String) outside.getBody().get("detail")).contains(".drl file of the rules folder");
        assertThat(validate("paul", "stage-gates.drl", "").getStatusCode().value()).isEqualTo(400);
        ResponseEntity<Map> manager = validate("anna", "stage-gates.drl", gates);
        assertThat(manager.getStatusCode().value()).isEqualTo(403);
        assertThat((String) manager.getBody().get("detail")).contains("Only process owners and administrators");
    }

    private ResponseEntity<Map> validate(String user, String file, String body) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.TEXT_PLAIN);
        return rest.withBasicAuth(user, "admin".equals(user) ? "admin-test" : user).postForEntity(
                "/api/rules/validate?file={file}", new org.springframework.http.HttpEntity<>(body, headers), Map.class,
                file);
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

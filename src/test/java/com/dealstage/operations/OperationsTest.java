package com.dealstage.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.StageInputs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** What an operator reads: Prometheus metrics (for the monitoring roles only) and the health components. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Spring Boot's tests export no metrics unless asked: this test reads /actuator/prometheus as production serves it
@AutoConfigureObservability(tracing = false)
class OperationsTest {

    @Autowired private TestRestTemplate rest;

    @Test
    void prometheusIsForAdminsAndProcessOwnersOnly() {
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(401);
        for (String user : new String[] {"anna", "helen", "quinn", "accounting"}) {
            assertThat(rest.withBasicAuth(user, user).getForEntity("/actuator/prometheus", String.class)
                    .getStatusCode().value()).as(user).isEqualTo(403);
        }
        // (a wrong password for a real user would slow his next logins down: an unknown user instead)
        assertThat(rest.withBasicAuth("mallory", "wrong").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode().value()).isEqualTo(401);
        for (String[] user : new String[][] {{"paul", "paul"}, {"admin", "admin-test"}}) {
            ResponseEntity<String> metrics = rest.withBasicAuth(user[0], user[1])
                    .getForEntity("/actuator/prometheus", String.class);
            assertThat(metrics.getStatusCode().value()).as(user[0]).isEqualTo(200);
            assertThat(metrics.getBody()).contains("dealstage_recontacts_planned", "dealstage_jobs_backlog",
                    "dealstage_jobs_failed", "dealstage_surveys_open", "dealstage_imports_running",
                    "dealstage_imports_interrupted", "dealstage_imports_lines_done", "jvm_memory_used_bytes");
        }
    }

    @Test
    void dealsStartedStageCompletionsAndRefusalsAreCountedOncePerCommittedCommand() {
        double started = scrape("dealstage_deals_started_total", "source=\"COLD_LIST\"");
        double completed = scrape("dealstage_stage_completions_total", "stage=\"coldCall\"");
        double refused = scrape("dealstage_gate_refusals_total", "stage=\"coldCall\"");
        double planned = scrape("dealstage_recontacts_planned", "");

        TestRestTemplate anna = rest.withBasicAuth("anna", "anna");
        String deal = (String) anna.postForEntity("/api/deals", StageInputs.newClientLead(), Map.class).getBody().get("id");
        String task = (String) anna.exchange("/api/deals/" + deal + "/tasks", HttpMethod.GET, null,
                new ParameterizedTypeReference<java.util.List<Map<String, Object>>>() {
                }).getBody().get(0).get("id");
        assertThat(anna.postForEntity("/api/tasks/" + task + "/complete", Map.of("outcome", "REJECTED"), String.class)
                .getStatusCode().value()).isEqualTo(422);
        assertThat(anna.postForEntity("/api/tasks/" + task + "/complete",
                StageInputs.rejectionAt("coldCall", "NO_BUDGET"), String.class).getStatusCode().value()).isEqualTo(204);

        assertThat(scrape("dealstage_deals_started_total", "source=\"COLD_LIST\"")).isEqualTo(started + 1);
        assertThat(scrape("dealstage_stage_completions_total", "stage=\"coldCall\"")).isEqualTo(completed + 1);
        assertThat(scrape("dealstage_gate_refusals_total", "stage=\"coldCall\"")).isEqualTo(refused + 1);
        assertThat(scrape("dealstage_recontacts_planned", "")).isEqualTo(planned + 1);
    }

    @Test
    void aRefusedStartLeavesNoSeriesForTheSourceItMadeUp() {
        // a caller chooses the source: were refused starts counted, every made-up value would stay as a series
        Map<String, Object> lead = new java.util.HashMap<>(StageInputs.newClientLead());
        lead.put("source", "MADE_UP_SOURCE_7");
        assertThat(rest.withBasicAuth("anna", "anna").postForEntity("/api/deals", lead, String.class)
                .getStatusCode().value()).isEqualTo(422);
        assertThat(rest.withBasicAuth("anna", "anna").postForEntity("/engine-rest/process-definition/key/deal-pipeline/start",
                Map.of("variables", com.dealstage.testsupport.EngineRestClient.camundaVariables(lead)), String.class)
                .getStatusCode().is4xxClientError()).isTrue();
        String text = rest.withBasicAuth("admin", "admin-test").getForEntity("/actuator/prometheus", String.class).getBody();
        assertThat(text).contains("dealstage_gate_refusals_total").doesNotContain("MADE_UP_SOURCE_7");
    }

    @Test
    void healthNamesDatabaseRulesEngineAndJobExecutor() throws Exception {
        JsonNode health = new ObjectMapper().readTree(rest.withBasicAuth("paul", "paul")
                .getForEntity("/actuator/health", String.class).getBody());
        for (String component : new String[] {"db", "rules", "processEngine", "jobExecutor"}) {
            assertThat(health.at("/components/" + component + "/status").asText()).as(component).isEqualTo("UP");
        }
    }

    /** The sum of the samples of a metric whose labels contain {@code label} (0 before the first sample). */
    private double scrape(String metric, String label) {
        String text = rest.withBasicAuth("admin", "admin-test").getForEntity("/actuator/prometheus", String.class).getBody();
        return Arrays.stream(text.split("\n"))
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}

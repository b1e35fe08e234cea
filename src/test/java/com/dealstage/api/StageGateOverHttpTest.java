package com.dealstage.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The gate holds over HTTP: /engine-rest (complete, submit-form, start) and /api answer 422 with every violation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StageGateOverHttpTest {

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private ObjectMapper json;

    @Test
    void engineRestCompleteIsRefusedWith422AndTheTaskStaysOpen() throws Exception {
        EngineRestClient anna = new EngineRestClient(rest, "anna");
        String deal = anna.startDeal(StageInputs.newClientLead());
        String taskId = (String) anna.tasks(deal).get(0).get("id");

        ResponseEntity<String> response = anna.complete(taskId, Map.of("outcome", "MEETING_BOOKED", "contactName", "Ivan"));

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("type").asText()).isEqualTo("StageGateViolation");
        assertThat(body.get("violations").findValuesAsText("field")).contains("contactPosition", "meetingDate")
                .doesNotContain("contactName");
        assertThat(anna.tasks(deal)).singleElement().extracting(t -> t.get("id")).isEqualTo(taskId);
        assertThat(anna.get("/engine-rest/process-instance/" + deal + "/variables").getBody())
                .doesNotContainKeys("contactName", "outcome");
    }

    @Test
    void engineRestSubmitFormIsRefusedWith422() {
        EngineRestClient anna = new EngineRestClient(rest, "anna");
        String deal = anna.startDeal(StageInputs.newClientLead());
        String taskId = (String) anna.tasks(deal).get(0).get("id");
        ResponseEntity<String> response = rest.withBasicAuth("anna", "anna").postForEntity(
                "/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", EngineRestClient.camundaVariables(Map.of("outcome", "REJECTED"))), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).contains("rejectionReason");
    }

    @Test
    void engineRestStartWithoutCompanyIsRefusedWith422() {
        ResponseEntity<String> response = rest.withBasicAuth("anna", "anna").postForEntity(
                "/engine-rest/process-definition/key/deal-pipeline/start",
                Map.of("variables", EngineRestClient.camundaVariables(Map.of("source", "REFERRAL"))), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).contains("companyName");
    }

    @Test
    void numericManagerIsRefusedWith422() {
        Map<String, Object> lead = new HashMap<>(StageInputs.newClientLead());
        lead.put("manager", 5);
        ResponseEntity<String> response = rest.withBasicAuth("anna", "anna").postForEntity(
                "/engine-rest/process-definition/key/deal-pipeline/start",
                Map.of("variables", EngineRestClient.camundaVariables(lead)), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).contains("manager", "user id");
    }

    @Test
    void projectApiRefusesWith422AndAcceptsACompleteStage() throws Exception {
        TestRestTemplate anna = rest.withBasicAuth("anna", "anna");
        ResponseEntity<Map> started = anna.postForEntity("/api/deals", StageInputs.newClientLead(), Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String deal = (String) started.getBody().get("id");
        List<?> tasks = anna.getForObject("/api/deals/" + deal + "/tasks", List.class);
        String taskId = (String) ((Map<?, ?>) tasks.get(0)).get("id");

        Map<String, Object> unknownReason = new HashMap<>(StageInputs.rejectionAt("coldCall", "NO_BUDGET"));
        unknownReason.put("rejectionReason", "TOO_EXPENSIVE");
        ResponseEntity<String> refused = anna.postForEntity("/api/tasks/" + taskId + "/complete", unknownReason, String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(json.readTree(refused.getBody()).get("violations").findValuesAsText("message"))
                .anyMatch(m -> m.contains("NO_BUDGET") && m.contains("DELIVERY_TERMS"));

        ResponseEntity<String> accepted = anna.postForEntity("/api/tasks/" + taskId + "/complete",
                StageInputs.forward("coldCall"), String.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void projectApiExplainsMalformedInputWith400() {
        ResponseEntity<String> response = rest.withBasicAuth("anna", "anna")
                .postForEntity("/api/deals", Map.of("companyName", Map.of("nested", true)), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("companyName");
    }
}

package com.dealstage.stagegate;

import static com.dealstage.testsupport.EngineRestClient.camundaVariables;
import static com.dealstage.testsupport.EngineRestClient.transientVariables;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.TasklistSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 9's ways around a stage gate, each tried over real HTTP against the running app: every one is refused with
 * a 4xx that names the field, and the deal's data and position are unchanged afterwards (read back as admin).
 * Where the operation is admin-only anyway, admin tries it: even the administrator cannot skip a stage's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GateBypassOverHttpTest {

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private org.camunda.bpm.engine.AuthorizationService authorizations;
    @Autowired
    private org.camunda.bpm.engine.HistoryService history;
    @LocalServerPort
    private int port;
    private HttpDeals deals;
    private TestRestTemplate anna;

    @BeforeEach
    void users() {
        deals = new HttpDeals(rest);
        anna = rest.withBasicAuth("anna", "anna");
    }

    @Test
    void transientValuesDoNotSatisfyTheGate() {
        String deal = deals.driveTo("contract");
        ResponseEntity<String> response = anna.postForEntity("/engine-rest/task/" + deals.taskId(deal) + "/complete",
                Map.of("variables", transientVariables(StageInputs.forward("contract"))), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).contains("contractNumber", "transient");
        assertThat(deals.openStages(deal)).containsExactly("contract");
        assertThat(deals.storedValues(deal)).doesNotContainKeys("contractNumber", "invoiceAmount");
    }

    @Test
    void transientValuesDoNotSatisfyTheGateInTasklist() throws Exception {
        String deal = deals.driveTo("contract");
        TasklistSession tasklist = TasklistSession.login(port, "anna");

        HttpResponse<String> response = tasklist.post("/task/" + deals.taskId(deal) + "/submit-form",
                json.writeValueAsString(Map.of("variables", transientVariables(StageInputs.forward("contract")))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("contractNumber");
        assertThat(deals.openStages(deal)).containsExactly("contract");
        assertThat(deals.storedValues(deal)).doesNotContainKey("contractNumber");
    }

    @Test
    void taskLocalValuesDoNotSatisfyTheGate() {
        String deal = deals.driveTo("contract");
        String task = deals.taskId(deal);
        Map<String, Object> local = Map.of("modifications", camundaVariables(StageInputs.forward("contract")));

        assertThat(anna.postForEntity("/engine-rest/task/" + task + "/localVariables", local, String.class)
                .getStatusCode().is4xxClientError()).isTrue();
        ResponseEntity<String> byAdmin = deals.admin().postForEntity("/engine-rest/task/" + task + "/localVariables",
                local, String.class);
        assertThat(byAdmin.getStatusCode().value()).isEqualTo(422);
        assertThat(byAdmin.getBody()).contains("task-local");
        ResponseEntity<String> completed = anna.postForEntity("/engine-rest/task/" + task + "/complete",
                Map.of("variables", Map.of()), String.class);

        assertThat(completed.getStatusCode().value()).isEqualTo(422);
        assertThat(completed.getBody()).contains("contractNumber");
        assertThat(deals.openStages(deal)).containsExactly("contract");
        assertThat(deals.storedValues(deal)).doesNotContainKey("contractNumber");
    }

    @Test
    void passedStageDataIsReadOnly() {
        String deal = deals.driveTo("payment");
        String task = deals.taskId(deal);
        Map<String, Object> before = deals.storedValues(deal);

        assertThat(anna.exchange("/engine-rest/task/" + task + "/variables/contractNumber", HttpMethod.DELETE, null,
                String.class).getStatusCode().is4xxClientError()).isTrue();
        assertThat(put(anna, "/engine-rest/task/" + task + "/variables/invoiceAmount", Map.of("value", -5))
                .getStatusCode().is4xxClientError()).isTrue();
        assertThat(put(anna, "/engine-rest/task/" + task + "/variables/contractDate", Map.of("value", "tomorrow"))
                .getStatusCode().is4xxClientError()).isTrue();
        // the deal's owner is lead-intake data too: nobody hands the deal over by writing it
        assertThat(put(anna, "/engine-rest/task/" + task + "/variables/manager", Map.of("value", "boris"))
                .getStatusCode().is4xxClientError()).isTrue();
        assertThat(put(deals.admin(), "/engine-rest/process-instance/" + deal + "/variables/manager",
                Map.of("value", "quinn")).getStatusCode().is4xxClientError()).isTrue();
        Map<String, Object> payment = new HashMap<>(StageInputs.forward("payment"));
        payment.putAll(Map.of("contractNumber", "", "invoiceAmount", -1));
        ResponseEntity<String> overApi = anna.postForEntity("/api/tasks/" + task + "/complete", payment, String.class);
        assertThat(overApi.getStatusCode().value()).isEqualTo(422);
        assertThat(overApi.getBody()).contains("contractNumber", "invoiceAmount", "read-only");
        ResponseEntity<String> adminDelete = deals.admin().exchange(
                "/engine-rest/process-instance/" + deal + "/variables/contractNumber", HttpMethod.DELETE, null, String.class);
        assertThat(adminDelete.getStatusCode().value()).isEqualTo(422);
        assertThat(adminDelete.getBody()).contains("contractNumber", "read-only");
        ResponseEntity<String> adminModify = deals.admin().postForEntity("/engine-rest/process-instance/" + deal
                + "/variables", Map.of("modifications", camundaVariables(Map.of("invoiceAmount", -5))), String.class);
        assertThat(adminModify.getStatusCode().value()).isEqualTo(422);

        assertThat(deals.storedValues(deal)).containsAllEntriesOf(before);
        assertThat(deals.openStages(deal)).containsExactly("payment");
    }

    /**
     * The gate's memory of the stages a deal passed decides which stages it may enter; it is kept out of history,
     * so only the data guard stands between a caller and a forged one, on every channel.
     */
    @Test
    void theGatesMemoryCannotBeForgedOverHttp() {
        String deal = deals.driveTo("coldCall");
        String task = deals.taskId(deal);
        String forged = "leadIntake;coldCall=MEETING_BOOKED;meeting=NEEDS_CONFIRMED;proposal=ACCEPTED;contract=SIGNED";
        Object before = deals.storedValues(deal).get("passedStages");
        Map<String, Object> submission = new HashMap<>(StageInputs.forward("coldCall"));
        submission.put("passedStages", forged);

        assertThat(anna.postForEntity("/engine-rest/task/" + task + "/complete",
                Map.of("variables", camundaVariables(submission)), String.class).getStatusCode().is4xxClientError())
                .isTrue();
        assertThat(put(anna, "/engine-rest/task/" + task + "/variables/passedStages", Map.of("value", forged))
                .getStatusCode().is4xxClientError()).isTrue();
        assertThat(put(deals.admin(), "/engine-rest/process-instance/" + deal + "/variables/passedStages",
                Map.of("value", forged)).getStatusCode().is4xxClientError()).isTrue();
        assertThat(anna.postForEntity("/api/tasks/" + task + "/complete", submission, String.class)
                .getStatusCode().is4xxClientError()).isTrue();

        assertThat(before).isEqualTo("leadIntake");
        assertThat(deals.storedValues(deal).get("passedStages")).isEqualTo(before);
        assertThat(deals.openStages(deal)).containsExactly("coldCall");
    }

    @Test
    void aStageAcceptsOnlyItsOwnFields() {
        String deal = deals.driveTo("coldCall");
        Map<String, Object> submission = new HashMap<>(StageInputs.forward("coldCall"));
        submission.put("contractNumber", "D-EARLY-1");

        ResponseEntity<String> response = anna.postForEntity("/engine-rest/task/" + deals.taskId(deal) + "/complete",
                Map.of("variables", camundaVariables(submission)), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).contains("contractNumber");
        assertThat(deals.openStages(deal)).containsExactly("coldCall");
        assertThat(deals.storedValues(deal)).doesNotContainKeys("contractNumber", "contactName");
    }

    @Test
    void objectsWhereTextBelongsAreRefused() {
        String deal = deals.driveTo("coldCall");
        Map<String, Object> variables = new LinkedHashMap<>(camundaVariables(StageInputs.forward("coldCall")));
        variables.put("contactName", Map.of("value", Map.of("a", 1)));

        ResponseEntity<String> response = anna.postForEntity("/engine-rest/task/" + deals.taskId(deal) + "/complete",
                Map.of("variables", variables), String.class);

        assertThat(response.getStatusCode().is4xxClientError()).as(response.toString()).isTrue();
        assertThat(response.getBody()).contains("contactName");
        assertThat(deals.openStages(deal)).containsExactly("coldCall");
        assertThat(deals.storedValues(deal)).doesNotContainKey("contactName");
    }

    @Test
    void textOverTheStorableLengthIsRefusedBeforeTheDatabase() {
        String deal = deals.driveTo("coldCall");
        Map<String, Object> submission = new HashMap<>(StageInputs.forward("coldCall"));
        submission.put("contactName", "x".repeat(StageGatePlugin.DEFAULT_MAX_TEXT_LENGTH + 1));

        ResponseEntity<String> response = anna.postForEntity("/engine-rest/task/" + deals.taskId(deal) + "/complete",
                Map.of("variables", camundaVariables(submission)), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).contains("contactName", "at most")
                .doesNotContain("INSERT", "SQL");
        assertThat(deals.openStages(deal)).containsExactly("coldCall");
    }

    @Test
    void startInstructionsCannotSkipTheLead() {
        long before = deals.dealCount();
        String start = "/engine-rest/process-definition/key/deal-pipeline/start";

        ResponseEntity<String> pastEveryGate = deals.admin().postForEntity(start, Map.of(
                "variables", camundaVariables(StageInputs.newClientLead()),
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "payment"))),
                String.class);
        ResponseEntity<String> skippedListeners = deals.admin().postForEntity(start, Map.of(
                "variables", camundaVariables(Map.of("source", "COLD_LIST", "manager", "anna")),
                "skipCustomListeners", true,
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "leadIntake"))),
                String.class);
        ResponseEntity<String> afterTheLead = deals.admin().postForEntity(start, Map.of(
                "variables", camundaVariables(Map.of("source", "COLD_LIST", "manager", "anna")),
                "startInstructions", List.of(Map.of("type", "startAfterActivity", "activityId", "leadIntake"))),
                String.class);
        ResponseEntity<String> atTheActs = deals.admin().postForEntity(start, Map.of(
                "variables", camundaVariables(StageInputs.newClientLead()),
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "fulfilmentActs"))),
                String.class);
        Map<String, Object> lead = new LinkedHashMap<>(camundaVariables(StageInputs.newClientLead()));
        lead.put("companyName", Map.of("value", "Stroymontazh LLC", "valueInfo", Map.of("transient", true)));
        ResponseEntity<String> transientCompany = anna.postForEntity(start, Map.of("variables", lead), String.class);

        assertThat(pastEveryGate.getStatusCode().value()).isEqualTo(422);
        assertThat(pastEveryGate.getBody()).contains("contract");
        assertThat(atTheActs.getStatusCode().value()).as(atTheActs.toString()).isEqualTo(422);
        assertThat(atTheActs.getBody()).contains("fulfilmentDate").doesNotContain("Exception");
        assertThat(skippedListeners.getStatusCode().value()).isEqualTo(422);
        assertThat(skippedListeners.getBody()).contains("companyName");
        assertThat(afterTheLead.getStatusCode().value()).isEqualTo(422);
        assertThat(afterTheLead.getBody()).contains("companyName");
        assertThat(transientCompany.getStatusCode().value()).isEqualTo(422);
        assertThat(transientCompany.getBody()).contains("companyName");
        assertThat(deals.dealCount()).isEqualTo(before);
    }

    /**
     * A deal belongs to the manager its start names: a transient {@code manager} (seen by the start's listeners,
     * never stored) would hand boris read rights on a deal that names nobody. The start is refused, and the grant
     * written in the same command goes with it.
     */
    @Test
    void aTransientManagerAtTheStartIsRefusedAndGrantsNobodyAnything() {
        long before = deals.dealCount();
        Map<String, Object> lead = new LinkedHashMap<>(camundaVariables(StageInputs.newClientLead()));
        lead.put("manager", Map.of("value", "boris", "valueInfo", Map.of("transient", true)));

        ResponseEntity<String> started = anna.postForEntity("/engine-rest/process-definition/key/deal-pipeline/start",
                Map.of("variables", lead), String.class);

        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(422);
        assertThat(started.getBody()).contains("manager");
        assertThat(deals.dealCount()).isEqualTo(before);
        assertThat(authorizations.createAuthorizationQuery().userIdIn("boris")
                .resourceType(org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE).list())
                .as("boris's deal grants: none on a deal that was never stored").allSatisfy(grant -> assertThat(
                        hasHistory(grant.getResourceId())).isTrue());
    }

    private boolean hasHistory(String processInstanceId) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() == 1;
    }

    @Test
    void modificationCannotSkipAStage() {
        String deal = deals.driveTo("coldCall");
        Map<String, Object> before = deals.storedValues(deal);

        ResponseEntity<String> toPayment = deals.admin().postForEntity("/engine-rest/process-instance/" + deal
                + "/modification", Map.of("instructions", List.of(
                        Map.of("type", "startBeforeActivity", "activityId", "payment"),
                        Map.of("type", "cancel", "activityId", "coldCall"))), String.class);
        ResponseEntity<String> withData = deals.admin().postForEntity("/engine-rest/process-instance/" + deal
                + "/modification", Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
                        "activityId", "contract", "variables", camundaVariables(StageInputs.forward("closing"))))),
                String.class);

        assertThat(toPayment.getStatusCode().value()).isEqualTo(422);
        assertThat(toPayment.getBody()).contains("contract");
        assertThat(withData.getStatusCode().value()).isEqualTo(422);
        assertThat(deals.openStages(deal)).containsExactly("coldCall");
        assertThat(deals.storedValues(deal)).isEqualTo(before);
    }

    @Test
    void migrationCannotSkipAStage() {
        String deal = deals.driveTo("coldCall");
        String definition = (String) deals.admin().getForObject("/engine-rest/process-instance/" + deal, Map.class)
                .get("definitionId");
        Map<String, Object> plan = Map.of("sourceProcessDefinitionId", definition, "targetProcessDefinitionId",
                definition, "instructions", List.of(Map.of("sourceActivityIds", List.of("coldCall"),
                        "targetActivityIds", List.of("payment"))));

        ResponseEntity<String> migrated = deals.admin().postForEntity("/engine-rest/migration/execute",
                Map.of("migrationPlan", plan, "processInstanceIds", List.of(deal)), String.class);

        assertThat(migrated.getStatusCode().value()).isEqualTo(422);
        assertThat(migrated.getBody()).contains("contract");
        assertThat(deals.openStages(deal)).containsExactly("coldCall");
    }


    private static ResponseEntity<String> put(TestRestTemplate user, String path, Object body) {
        return user.exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class);
    }
}

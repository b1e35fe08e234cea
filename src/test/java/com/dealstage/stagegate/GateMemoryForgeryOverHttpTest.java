package com.dealstage.stagegate;

import static com.dealstage.testsupport.EngineRestClient.camundaVariables;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.TasklistSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
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
 * The gate's memory of the stages a deal passed ({@value PassedStages#VARIABLE}) attacked over real HTTP on the
 * channels {@link GateBypassOverHttpTest} does not try, each as the plainest user who reaches it: every forgery is
 * refused with a 4xx naming the variable (or, where the forgery would move the deal, the entry the gate refused), the
 * stored memory is unchanged and the deal has not moved. The form submits are here because they once got through:
 * Camunda runs a form's submitted variables through the delegate interceptor, which {@link TrustedDelegates} trusted
 * wholesale, so a submit could forge the memory (and then skip stages by a modification) or carry another stage's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GateMemoryForgeryOverHttpTest {

    private static final String MEMORY = PassedStages.VARIABLE;
    private static final String FORGED =
            "leadIntake;coldCall=MEETING_BOOKED;meeting=NEEDS_CONFIRMED;proposal=ACCEPTED;closing=AGREED;contract=SIGNED";

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private ObjectMapper json;
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
    void aForgedMemoryInTasklistsFormSubmitIsRefused() throws Exception {
        String deal = deals.driveTo("coldCall");
        TasklistSession tasklist = TasklistSession.login(port, "anna");

        HttpResponse<String> submitted = tasklist.post("/task/" + deals.taskId(deal) + "/submit-form",
                json.writeValueAsString(Map.of("variables", coldCallWith(Map.of("value", FORGED)))));

        assertRefused("Tasklist submit-form", submitted.statusCode(), submitted.body(), MEMORY);
        assertUnmoved(deal, "leadIntake", "coldCall");
    }

    @Test
    void aFormSubmitIsJudgedAsTheCallersOwnDataOnEveryFormChannel() throws Exception {
        String deal = deals.driveTo("coldCall");
        TasklistSession tasklist = TasklistSession.login(port, "anna");
        Map<String, Object> laterStage = new LinkedHashMap<>(camundaVariables(StageInputs.forward("coldCall")));
        laterStage.put("contractNumber", Map.of("value", "D-1"));

        HttpResponse<String> tasklistSubmit = tasklist.post("/task/" + deals.taskId(deal) + "/submit-form",
                json.writeValueAsString(Map.of("variables", laterStage)));
        assertRefused("Tasklist submit-form with a contract field", tasklistSubmit.statusCode(), tasklistSubmit.body(),
                "contractNumber");
        assertRefused("engine-rest task submit-form", anna.postForEntity("/engine-rest/task/" + deals.taskId(deal)
                + "/submit-form", Map.of("variables", coldCallWith(Map.of("value", FORGED))), String.class), MEMORY);
        assertUnmoved(deal, "leadIntake", "coldCall");
        assertThat(deals.storedValues(deal)).doesNotContainKey("contractNumber");
    }

    @Test
    void aFormSubmitByAHeadOfSalesOrAnAdminIsJudgedToo() {
        String deal = deals.driveTo("coldCall");
        String submit = "/engine-rest/task/" + deals.taskId(deal) + "/submit-form";
        Map<String, Object> body = Map.of("variables", coldCallWith(Map.of("value", FORGED)));

        ResponseEntity<String> byHead = rest.withBasicAuth("helen", "helen").postForEntity(submit, body, String.class);
        assertThat(byHead.getStatusCode().value()).as(byHead.getBody()).isBetween(400, 499);
        assertRefused("admin's submit-form", deals.admin().postForEntity(submit, body, String.class), MEMORY);
        assertUnmoved(deal, "leadIntake", "coldCall");
    }

    @Test
    void aForgedMemoryInTheStartFormSubmitStartsNoDeal() throws Exception {
        long before = deals.dealCount();
        Map<String, Object> lead = new LinkedHashMap<>(StageInputs.newClientLead());
        lead.put(MEMORY, FORGED);

        assertRefused("start-form submit", anna.postForEntity("/engine-rest/process-definition/key/deal-pipeline"
                + "/submit-form", Map.of("variables", camundaVariables(lead)), String.class), MEMORY);
        // Tasklist's own API, as its "Start process" dialog sends it
        HttpResponse<String> tasklistStart = TasklistSession.login(port, "anna").post(
                "/process-definition/key/deal-pipeline/submit-form",
                json.writeValueAsString(Map.of("variables", camundaVariables(lead))));
        assertRefused("Tasklist start-form submit", tasklistStart.statusCode(), tasklistStart.body(), MEMORY);
        assertThat(deals.dealCount()).isEqualTo(before);
    }

    @Test
    void aForgedMemoryAsATaskLocalValueIsRefusedAndNeverCounts() {
        String deal = deals.driveTo("coldCall");
        String task = deals.taskId(deal);

        for (TestRestTemplate user : List.of(anna, deals.admin())) {
            String expected = user == anna ? "task-local variables" : MEMORY;
            assertRefused("PUT localVariables", put(user, "/engine-rest/task/" + task + "/localVariables/" + MEMORY,
                    Map.of("value", FORGED)), expected);
            assertRefused("POST localVariables", user.postForEntity("/engine-rest/task/" + task + "/localVariables",
                    Map.of("modifications", camundaVariables(Map.of(MEMORY, FORGED))), String.class), expected);
        }
        assertUnmoved(deal, "leadIntake", "coldCall");

        ResponseEntity<String> completed = anna.postForEntity("/engine-rest/task/" + task + "/complete",
                Map.of("variables", camundaVariables(StageInputs.forward("coldCall"))), String.class);
        assertThat(completed.getStatusCode().value()).as(completed.getBody()).isEqualTo(204);
        assertUnmoved(deal, "coldCall=MEETING_BOOKED;leadIntake", "meeting"); // the gate's own record only
    }

    @Test
    void aForgedMemoryAsATransientValueIsRefused() {
        String deal = deals.driveTo("coldCall");

        ResponseEntity<String> completed = anna.postForEntity("/engine-rest/task/" + deals.taskId(deal) + "/complete",
                Map.of("variables", coldCallWith(Map.of("value", FORGED, "valueInfo", Map.of("transient", true)))),
                String.class);

        assertRefused("transient in complete", completed, MEMORY, "transient");
        assertUnmoved(deal, "leadIntake", "coldCall");
    }

    @Test
    void aModificationCarryingAForgedMemoryCannotMoveTheDeal() {
        String deal = deals.driveTo("coldCall");
        String modification = "/engine-rest/process-instance/" + deal + "/modification";

        assertRefused("modification to contract", deals.admin().postForEntity(modification, Map.of("instructions",
                List.of(Map.of("type", "startBeforeActivity", "activityId", "contract",
                                "variables", camundaVariables(Map.of(MEMORY, FORGED))),
                        Map.of("type", "cancel", "activityId", "coldCall"))), String.class), MEMORY);
        assertRefused("modification, memory local to the new stage", deals.admin().postForEntity(modification,
                Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "payment",
                        "variables", Map.of(MEMORY, Map.of("value", FORGED, "local", true))))), String.class),
                "cannot be entered yet");
        assertUnmoved(deal, "leadIntake", "coldCall");
    }

    @Test
    void startInstructionsCarryingAForgedMemoryStartNoDeal() {
        long before = deals.dealCount();
        String start = "/engine-rest/process-definition/key/deal-pipeline/start";
        Map<String, Object> lead = new LinkedHashMap<>(StageInputs.newClientLead());
        lead.put(MEMORY, FORGED);

        assertRefused("start before contract", deals.admin().postForEntity(start, Map.of(
                "variables", camundaVariables(lead),
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "contract"))),
                String.class), MEMORY);
        assertRefused("start at the lead", deals.admin().postForEntity(start,
                Map.of("variables", camundaVariables(lead)), String.class), MEMORY);
        assertThat(deals.dealCount()).isEqualTo(before);
    }

    @Test
    void aMigrationCarryingAForgedMemoryCannotMoveTheDeal() {
        String deal = deals.driveTo("coldCall");
        String definition = (String) deals.admin().getForObject("/engine-rest/process-instance/" + deal, Map.class)
                .get("definitionId");

        for (String target : List.of("coldCall", "contract")) {
            Map<String, Object> plan = Map.of("sourceProcessDefinitionId", definition,
                    "targetProcessDefinitionId", definition,
                    "instructions", List.of(Map.of("sourceActivityIds", List.of("coldCall"),
                            "targetActivityIds", List.of(target))),
                    "variables", camundaVariables(Map.of(MEMORY, FORGED)));
            assertRefused("migration to " + target, deals.admin().postForEntity("/engine-rest/migration/execute",
                    Map.of("migrationPlan", plan, "processInstanceIds", List.of(deal)), String.class),
                    // the plan's variables are set after the move: the entry is judged on the true memory
                    target.equals("coldCall") ? MEMORY : "cannot be entered yet");
        }
        assertUnmoved(deal, "leadIntake", "coldCall");
    }

    /** The cold call's own valid data plus the gate's memory as given. */
    private static Map<String, Object> coldCallWith(Map<String, Object> memory) {
        Map<String, Object> variables = new LinkedHashMap<>(camundaVariables(StageInputs.forward("coldCall")));
        variables.put(MEMORY, memory);
        return variables;
    }

    private static void assertRefused(String attempt, ResponseEntity<String> response, String... naming) {
        assertRefused(attempt, response.getStatusCode().value(), response.getBody(), naming);
    }

    /** A 4xx (neither accepted nor a server error) whose body names what is wrong. */
    private static void assertRefused(String attempt, int status, String body, String... naming) {
        assertThat(status).as("%s -> %s %s", attempt, status, body).isBetween(400, 499);
        assertThat(body).as(attempt).contains(naming);
    }

    private void assertUnmoved(String deal, String memory, String stage) {
        assertThat(deals.storedValues(deal).get(MEMORY)).isEqualTo(memory);
        assertThat(deals.openStages(deal)).containsExactly(stage);
    }

    private static ResponseEntity<String> put(TestRestTemplate user, String path, Object body) {
        return user.exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class);
    }
}

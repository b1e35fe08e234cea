package com.dealstage.identity;

import static com.dealstage.identity.AccessClient.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Runtime surgery is for camunda-admin only: 403 with a sentence for everybody else, the deal untouched. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdminOnlyOperationsTest {

    private static final String START = "/engine-rest/process-definition/key/deal-pipeline/start";

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private ManagementService management;
    private DealFixtures deals;
    private AccessClient anna;
    private AccessClient helen;
    private AccessClient admin;

    @BeforeEach
    void fixtures() {
        deals = new DealFixtures(runtime, tasks, management);
        anna = new AccessClient(rest, "anna");
        helen = new AccessClient(rest, "helen");
        admin = new AccessClient(rest, "admin");
    }

    @Test
    void startInstructionsAreAdminOnly() {
        Map<String, Object> lead = DealFixtures.lead("anna");
        Map<String, Object> skipToTheActs = Map.of("variables", EngineRestClient.camundaVariables(lead),
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "fulfilmentActs")));
        for (AccessClient caller : List.of(anna, helen)) {
            assertRefused(caller.post(START, skipToTheActs), "start instructions");
        }
        assertThat(dealsOf(lead)).as("no deal was started").isZero();

        Map<String, Object> atTheStart = Map.of("variables", EngineRestClient.camundaVariables(lead),
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "coldCall")));
        assertThat(admin.post(START, atTheStart).getStatusCode().value()).isEqualTo(200);
        assertThat(dealsOf(lead)).isEqualTo(1);
    }

    @Test
    void skipFlagsAreAdminOnlyWhateverTheirSpelling() {
        Map<String, Object> lead = DealFixtures.lead("anna");
        Map<String, Object> variables = EngineRestClient.camundaVariables(lead);
        assertRefused(anna.post(START, Map.of("variables", variables, "skipCustomListeners", true)), "skip");
        assertRefused(anna.post(START, Map.of("variables", variables, "skipIoMappings", "true")), "skip");
        assertRefused(anna.post(START, Map.of("variables", variables, "SKIPCUSTOMLISTENERS", 1)), "skip");
        assertRefused(anna.post("/engine-rest/engine/default/process-definition/key/deal-pipeline/start/",
                Map.of("variables", variables, "skipCustomListeners", true)), "skip");
        assertThat(dealsOf(lead)).isZero();

        ResponseEntity<String> normal = anna.post(START, Map.of("variables", variables, "skipCustomListeners", false));
        assertThat(normal.getStatusCode().value()).as(normal.getBody()).isEqualTo(200);
        assertThat(dealsOf(lead)).as("a manager still starts deals").isEqualTo(1);
    }

    @Test
    void bpmnErrorAndEscalationAtAStageAreAdminOnly() {
        String deal = deals.startFor("anna");
        String task = deals.openTask(deal).getId();
        assertRefused(anna.post("/engine-rest/task/" + task + "/bpmnError", Map.of("errorCode", "REJECTED")), "BPMN error");
        assertRefused(anna.post("/engine-rest/task/" + task + "/bpmnEscalation", Map.of("escalationCode", "x")),
                "BPMN error");
        assertRefused(anna.post("/engine-rest/task/" + task + "/BpmnError/", Map.of("errorCode", "REJECTED")),
                "BPMN error");
        assertThat(deals.openTask(deal).getId()).isEqualTo(task);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(deal).active().count()).isEqualTo(1);
    }

    @Test
    void taskLocalVariablesAreAdminOnly() {
        String deal = deals.startFor("anna");
        String task = deals.openTask(deal).getId();
        assertRefused(anna.put("/engine-rest/task/" + task + "/localVariables/contactName", value("Ivan")), "task-local");
        assertRefused(anna.post("/engine-rest/task/" + task + "/localVariables",
                Map.of("modifications", Map.of("contactName", value("Ivan")))), "task-local");
        assertThat(tasks.getVariablesLocal(task)).isEmpty();
        assertThat(runtime.getVariable(deal, "contactName")).isNull();
    }

    @Test
    void jobExecutionIsAdminOnly() {
        String deal = deals.rejectedWaitingForRecontact("anna");
        Job timer = deals.timerOf(deal);
        for (AccessClient caller : List.of(anna, helen, new AccessClient(rest, "paul"))) {
            assertRefused(caller.post("/engine-rest/job/" + timer.getId() + "/execute", null), "execute jobs");
            assertRefused(caller.put("/engine-rest/job/" + timer.getId() + "/duedate",
                    Map.of("duedate", "2026-01-01T00:00:00.000+0000")), "execute jobs");
        }
        assertThat(deals.timerOf(deal).getDuedate()).isEqualTo(timer.getDuedate());
        assertThat(deals.openTask(deal)).as("no re-contact call before its date").isNull();

        assertThat(admin.post("/engine-rest/job/" + timer.getId() + "/execute", null).getStatusCode().value())
                .isEqualTo(204);
        assertThat(deals.openTask(deal).getTaskDefinitionKey()).isEqualTo("recontactCall");
    }

    @Test
    void deletionSuspensionModificationRestartAndMigrationAreAdminOnly() {
        String deal = deals.startFor("anna");
        Task task = deals.openTask(deal);
        String definition = task.getProcessDefinitionId();
        String instance = "/engine-rest/process-instance/" + deal;
        assertRefused(helen.delete(instance), "delete");
        assertRefused(helen.post("/engine-rest/process-instance/delete", Map.of("processInstanceIds", List.of(deal))),
                "delete");
        assertRefused(helen.put(instance + "/suspended", Map.of("suspended", true)), "suspend");
        assertRefused(helen.put("/engine-rest/process-definition/" + definition + "/suspended",
                Map.of("suspended", true, "includeProcessInstances", true)), "suspend");
        assertRefused(helen.post(instance + "/modification", Map.of("instructions", List.of(
                Map.of("type", "startBeforeActivity", "activityId", "payment")))), "move a deal");
        assertRefused(helen.post("/engine-rest/process-definition/" + definition + "/restart",
                Map.of("processInstanceIds", List.of(deal), "instructions", List.of(
                        Map.of("type", "startBeforeActivity", "activityId", "payment")))), "restart");
        assertRefused(helen.post("/engine-rest/migration/execute", Map.of("processInstanceIds", List.of(deal))),
                "migrate");

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(deal).active().count()).isEqualTo(1);
        assertThat(deals.openTask(deal).getId()).isEqualTo(task.getId());

        assertThat(admin.put(instance + "/suspended", Map.of("suspended", true)).getStatusCode().value()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(deal).suspended().count()).isEqualTo(1);
        assertThat(admin.delete(instance).getStatusCode().value()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(deal).count()).isZero();
    }

    private long dealsOf(Map<String, Object> lead) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("deal-pipeline")
                .variableValueEquals("companyName", lead.get("companyName")).count();
    }

    static void assertRefused(ResponseEntity<String> response, String named) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
        Map<String, Object> body = AccessClient.json(response.getBody());
        assertThat(body.get("message")).asString().startsWith("Only administrators may").containsIgnoringCase(named);
    }
}

package com.dealstage.identity;

import static com.dealstage.identity.AdminOnlyOperationsTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The same rights through Tasklist's own engine API (/camunda/api/engine), logged in like the browser is. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistApiAccessTest {

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private ManagementService management;
    private DealFixtures deals;

    @BeforeEach
    void fixtures() {
        deals = new DealFixtures(runtime, tasks, management);
    }

    @Test
    void tasklistWorksForEveryRole() {
        Map<String, List<String>> filters = Map.of(
                "anna", List.of("My tasks", "My groups' tasks"),
                "helen", List.of("My tasks", "My groups' tasks", "Quality-control surveys", "Overdue tasks"),
                "quinn", List.of("My tasks", "My groups' tasks", "Quality-control surveys"),
                "paul", List.of("My tasks", "My groups' tasks"));
        filters.forEach((user, expected) -> assertThat(WebappSession.logIn(rest, user).get("/filter?resourceType=Task")
                .getBody()).as(user).contains(expected.stream().map(f -> "\"" + f + "\"").toList()));

        String deal = deals.startFor("anna");
        String coldCall = deals.openTask(deal).getId();
        WebappSession anna = WebappSession.logIn(rest, "anna");
        assertThat(anna.get("/task/" + coldCall + "/form-variables").getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> submitted = anna.post("/task/" + coldCall + "/submit-form",
                Map.of("variables", EngineRestClient.camundaVariables(StageInputs.forward("coldCall"))));
        assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(204);
        assertThat(deals.openTask(deal).getTaskDefinitionKey()).isEqualTo("meeting");
        assertThat(WebappSession.logIn(rest, "boris").get("/task/" + deals.openTask(deal).getId() + "/form-variables")
                .getStatusCode().value()).isEqualTo(403);

        String survey = deals.surveyCallAfterDelivery("anna");
        assertThat(WebappSession.logIn(rest, "quinn").get("/task?processInstanceId=" + survey).getBody())
                .contains("npsCall");
    }

    @Test
    void adminOnlyOperationsAreRefusedOnTheTasklistApi() {
        String deal = deals.startFor("anna");
        String task = deals.openTask(deal).getId();
        WebappSession anna = WebappSession.logIn(rest, "anna");

        assertRefused(anna.post("/task/" + task + "/bpmnError", Map.of("errorCode", "REJECTED")), "BPMN error");
        assertRefused(anna.put("/task/" + task + "/localVariables/contactName", Map.of("value", "Ivan")), "task-local");
        assertRefused(anna.post("/process-definition/key/deal-pipeline/start", Map.of(
                "variables", EngineRestClient.camundaVariables(DealFixtures.lead("anna")),
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "payment")))),
                "start instructions");
        assertRefused(WebappSession.logIn(rest, "helen").put("/process-instance/" + deal + "/suspended",
                Map.of("suspended", true)), "suspend");
        assertThat(deals.openTask(deal).getId()).isEqualTo(task);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(deal).active().count()).isEqualTo(1);

        ResponseEntity<String> suspended = WebappSession.logIn(rest, "admin").put("/process-instance/" + deal
                + "/suspended", Map.of("suspended", true));
        assertThat(suspended.getStatusCode().value()).as(suspended.getBody()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(deal).suspended().count()).isEqualTo(1);
    }
}

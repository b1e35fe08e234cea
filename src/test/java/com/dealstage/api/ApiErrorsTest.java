package com.dealstage.api;

import static com.dealstage.api.ErrorBodies.assertRefusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.dealstage.testsupport.StageInputs;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** /api answers bad input and unknown ids with a ProblemDetail naming what is wrong; the deal stays as it was. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiErrorsTest {

    @Autowired private TestRestTemplate rest;
    @Autowired private TaskService tasks;
    @Autowired private RuntimeService runtime;

    @Test
    void unknownTaskIdIs404() {
        ResponseEntity<String> response = new RawJson(rest, "anna").post("/api/tasks/no-such-task/complete", "{}");
        assertRefusal(response, 404, "no-such-task");
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unknownDealIs404() {
        assertRefusal(new RawJson(rest, "anna").get("/api/deals/no-such-deal/tasks"), 404, "no-such-deal");
    }

    @Test
    void nullBodyIs400() {
        Task task = openTask(startDeal());
        RawJson anna = new RawJson(rest, "anna");
        long deals = deals();
        assertRefusal(anna.post("/api/tasks/" + task.getId() + "/complete", "null"), 400, "JSON object");
        assertRefusal(anna.post("/api/deals", "null"), 400, "JSON object");
        assertThat(deals()).isEqualTo(deals);
        assertStillOpen(task);
    }

    @Test
    void malformedJsonIs400() {
        Task task = openTask(startDeal());
        RawJson anna = new RawJson(rest, "anna");
        assertRefusal(anna.post("/api/tasks/" + task.getId() + "/complete", "{\"contactName\": "), 400,
                "not valid JSON", "line 1");
        assertRefusal(anna.post("/api/tasks/" + task.getId() + "/complete", "[\"contactName\"]"), 400, "JSON object");
        assertStillOpen(task);
    }

    @Test
    void overlongStringIsRefusedWithoutSql() {
        Task task = openTask(startDeal());
        Map<String, Object> submission = new HashMap<>(StageInputs.forward("coldCall"));
        submission.put("contactName", "x".repeat(4001));
        ResponseEntity<String> refused = rest.withBasicAuth("anna", "anna")
                .postForEntity("/api/tasks/" + task.getId() + "/complete", submission, String.class);
        assertRefusal(refused, 422, "'contactName'", "4,000");
        assertThat(refused.getBody()).contains("\"field\":\"contactName\"");
        assertStillOpen(task);
    }

    @Test
    void numberTooLargeToStoreIs422() {
        Task task = openTask(startDeal());
        assertRefusal(new RawJson(rest, "anna").post("/api/tasks/" + task.getId() + "/complete",
                "{\"budgetEstimate\": 123456789012345678901234567890}"), 422, "'budgetEstimate'");
        assertStillOpen(task);
    }

    @Test
    void oversizedBodyIs413() {
        Task task = openTask(startDeal());
        assertRefusal(new RawJson(rest, "anna").post("/api/tasks/" + task.getId() + "/complete",
                "{\"contactName\": \"" + "z".repeat(1_100_000) + "\"}"), 413, "1,048,576 bytes");
        assertStillOpen(task);
    }

    @Test
    void startWithoutManagerIs422() {
        long deals = deals();
        ResponseEntity<String> refused = rest.withBasicAuth("anna", "anna").postForEntity("/api/deals",
                Map.of("companyName", "Acme", "source", "COLD_LIST"), String.class);
        assertRefusal(refused, 422, "manager");
        assertThat(deals()).isEqualTo(deals);
    }

    @Test
    void completingACompletedTaskIs409() {
        Task task = openTask(startDeal());
        TestRestTemplate anna = rest.withBasicAuth("anna", "anna");
        String path = "/api/tasks/" + task.getId() + "/complete";
        assertThat(anna.postForEntity(path, StageInputs.forward("coldCall"), String.class).getStatusCode().value())
                .isEqualTo(204);
        assertRefusal(anna.postForEntity(path, StageInputs.forward("coldCall"), String.class), 409, task.getId(),
                "already been completed");
        assertThat(tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).list())
                .extracting(Task::getTaskDefinitionKey).containsExactly("meeting");
    }

    @Test
    void badParameterIs400NamingIt() {
        RawJson helen = new RawJson(rest, "helen");
        assertRefusal(helen.get("/api/nps?from=someday&to=2026-12-31"), 400, "'from'", "someday");
        assertRefusal(helen.get("/api/nps?to=2026-12-31"), 400, "'from'");
    }

    private String startDeal() {
        ResponseEntity<Map> started = rest.withBasicAuth("anna", "anna").postForEntity("/api/deals",
                StageInputs.newClientLead(), Map.class);
        assertThat(started.getStatusCode().value()).isEqualTo(201);
        return (String) started.getBody().get("id");
    }

    private Task openTask(String deal) {
        return tasks.createTaskQuery().processInstanceId(deal).singleResult();
    }

    private void assertStillOpen(Task task) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).list();
        assertThat(open).singleElement().extracting(Task::getId).isEqualTo(task.getId());
        assertThat(runtime.getVariables(task.getProcessInstanceId())).doesNotContainKeys("contactName", "budgetEstimate");
    }

    private long deals() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("deal-pipeline").count();
    }
}

package com.dealstage.api;

import com.dealstage.testsupport.TasklistSession;

import static com.dealstage.api.ErrorBodies.assertNoLeak;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The same refusals through Tasklist's own engine API, logged in as a sales manager the way the browser
 * is: 4xx with a sentence naming what is wrong, the task still open, nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistApiErrorsTest {

    @LocalServerPort private int port;
    @Autowired private TestRestTemplate rest;
    @Autowired private TaskService tasks;
    @Autowired private RuntimeService runtime;
    private TasklistSession anna;
    private Task task;

    @BeforeEach
    void annaWorksACallInTasklist() throws Exception {
        anna = TasklistSession.login(port, "anna");
        task = tasks.createTaskQuery()
                .processInstanceId(new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead())).singleResult();
    }

    @Test
    void unknownTaskIdIs404InTasklist() throws Exception {
        assertRefusal(anna.post("/task/no-such-task/submit-form", "{\"variables\": {}}"), 404, "no-such-task");
        assertRefusal(anna.get("/task/no-such-task/form-variables"), 404, "no-such-task");
    }

    @Test
    void nullBodyIs400InTasklist() throws Exception {
        assertRefusal(anna.post("/task/" + task.getId() + "/submit-form", "null"), 400, "null");
        assertRefusal(anna.post("/task/" + task.getId() + "/submit-form", "{\"variables\": "), 400, "not valid JSON");
        assertStillOpen();
    }

    @Test
    void serializedJavaObjectIsRefusedInTasklist() throws Exception {
        assertRefusal(anna.post("/task/" + task.getId() + "/submit-form",
                "{\"variables\": {\"contactName\": " + EngineRestInputTest.SERIALIZED_JAVA + "}}"), 422, "'contactName'");
        assertStillOpen();
    }

    @Test
    void overlongStringIsRefusedWithoutSqlInTasklist() throws Exception {
        assertRefusal(anna.post("/task/" + task.getId() + "/submit-form", "{\"variables\": {\"contactName\": "
                + RawJson.variable("x".repeat(4001)) + "}}"), 422, "'contactName'", "4,000");
        assertStillOpen();
    }

    @Test
    void badDateIs400NamingTheFieldInTasklist() throws Exception {
        assertRefusal(anna.post("/task/" + task.getId() + "/submit-form",
                "{\"variables\": {\"meetingDate\": {\"value\": \"next week\", \"type\": \"Date\"}}}"), 400, "'meetingDate'");
        assertStillOpen();
    }

    @Test
    void completingACompletedTaskIs409InTasklist() throws Exception {
        StringBuilder form = new StringBuilder("{\"variables\": {");
        StageInputs.forward("coldCall").forEach((name, value) -> form.append('"').append(name).append("\": ")
                .append(RawJson.variable(value.toString())).append(", "));
        form.setLength(form.length() - 2);
        form.append("}}");
        assertThat(anna.post("/task/" + task.getId() + "/submit-form", form.toString()).statusCode()).isEqualTo(204);
        assertRefusal(anna.post("/task/" + task.getId() + "/submit-form", form.toString()), 409, "already been completed");
    }

    @Test
    void refusedRightsKeepTheShapeTheWebappsRead() throws Exception {
        TasklistSession boris = TasklistSession.login(port, "boris");
        HttpResponse<String> refused = boris.get("/process-instance/" + task.getProcessInstanceId() + "/variables");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).as("Tasklist and Cockpit branch on this type").contains("\"type\":\"AuthorizationException\"");
    }

    private static void assertRefusal(HttpResponse<String> response, int status, String... named) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(named);
        assertNoLeak(response.body());
    }

    private void assertStillOpen() {
        assertThat(tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).list())
                .singleElement().extracting(Task::getId).isEqualTo(task.getId());
        assertThat(runtime.getVariables(task.getProcessInstanceId())).doesNotContainKeys("contactName", "meetingDate");
    }
}

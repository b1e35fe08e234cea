package com.dealstage.api;

import static com.dealstage.api.ErrorBodies.assertNoLeak;
import static com.dealstage.api.ErrorBodies.assertRefusal;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Unknown ids, conflicts and refused commands on /engine-rest as demo users: a 4xx with a sentence naming
 * what is wrong, never a 500, never SQL or a class name. Bad request bodies: {@link EngineRestInputTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineRestErrorsTest {

    @Autowired private TestRestTemplate rest;
    @Autowired private RuntimeService runtime;
    @Autowired private TaskService tasks;

    @Test
    void unknownTaskIdIs404() {
        RawJson anna = new RawJson(rest, "anna");
        assertRefusal(anna.post("/engine-rest/task/no-such-task/complete", "{}"), 404, "no-such-task");
        assertRefusal(anna.post("/engine-rest/task/no-such-task/submit-form", "{}"), 404, "no-such-task");
        assertRefusal(anna.post("/engine-rest/task/no-such-task/claim", "{\"userId\": \"anna\"}"), 404, "no-such-task");
        assertRefusal(anna.put("/engine-rest/task/no-such-task/variables/contactName", RawJson.variable("Ivan")), 404,
                "no-such-task");
        assertRefusal(anna.get("/engine-rest/task/no-such-task/variables"), 404, "no-such-task");
        assertRefusal(anna.get("/engine-rest/task/no-such-task/identity-links"), 404, "no-such-task");
    }

    @Test
    void unknownProcessInstanceIs404() {
        RawJson anna = new RawJson(rest, "anna");
        assertRefusal(anna.get("/engine-rest/process-instance/no-such-deal/variables"), 404, "no-such-deal");
        assertRefusal(anna.put("/engine-rest/process-instance/no-such-deal/variables/companyName",
                RawJson.variable("Acme")), 404, "no-such-deal");
        assertRefusal(anna.post("/engine-rest/process-definition/no-such-definition/start", "{}"), 404,
                "no-such-definition");
        assertRefusal(anna.post("/engine-rest/process-definition/key/no-such-key/start", "{}"), 404, "no-such-key");
    }

    @Test
    void startWithoutManagerIs422() {
        long deals = deals();
        String lead = "{\"variables\": {\"companyName\": " + RawJson.variable("Acme") + ", \"source\": "
                + RawJson.variable("COLD_LIST") + "}}";
        assertRefusal(new RawJson(rest, "anna").post("/engine-rest/process-definition/key/deal-pipeline/start", lead),
                422, "manager");
        assertThat(deals()).isEqualTo(deals);
    }

    @Test
    void completingACompletedTaskIs409() {
        Task task = openTask(new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead()));
        EngineRestClient anna = new EngineRestClient(rest, "anna");
        assertThat(anna.complete(task.getId(), StageInputs.forward("coldCall")).getStatusCode().value()).isEqualTo(204);
        assertRefusal(anna.complete(task.getId(), StageInputs.forward("coldCall")), 409, task.getId(), "already been completed");
        assertThat(tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).list())
                .singleElement().extracting(Task::getTaskDefinitionKey).isEqualTo("meeting");
    }

    @Test
    void claimingATaskSomeoneElseHoldsIs409() {
        Task task = openTask(new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead()));
        var admin = new RawJson(rest, "admin", "admin-test");
        assertRefusal(admin.post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"admin\"}"), 409,
                task.getId(), "already claimed");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("anna");
    }

    @Test
    void badQueryParameterIs400NamingIt() {
        RawJson anna = new RawJson(rest, "anna");
        assertRefusal(anna.get("/engine-rest/task?maxResults=many"), 400, "'maxResults'");
        assertRefusal(anna.get("/engine-rest/task?dueBefore=someday"), 400, "'dueBefore'", "someday");
        assertNoLeak(anna.get("/engine-rest/no-such-resource").getBody());
    }

    @Test
    void commandTheEngineRefusesIs400WithTheEnginesSentence() {
        assertRefusal(new RawJson(rest, "anna").post("/engine-rest/task", "{\"processVariables\": [{\"name\": "
                + "\"companyName\", \"operator\": \"eq\", \"value\": {\"a\": 1}}]}"), 400, "Object values cannot be used to query");
    }

    private Task openTask(String deal) {
        return tasks.createTaskQuery().processInstanceId(deal).singleResult();
    }

    private long deals() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("deal-pipeline").count();
    }
}

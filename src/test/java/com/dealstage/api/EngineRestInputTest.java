package com.dealstage.api;

import com.dealstage.stagegate.StageGateProperties;
import static com.dealstage.api.ErrorBodies.assertRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bad request bodies on /engine-rest as a sales manager: a 4xx naming the field (or where the JSON breaks),
 * never a 500, never SQL or a class name; the task stays open and nothing of the submission is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineRestInputTest {

    static final String SERIALIZED_JAVA = "{\"type\": \"Object\", \"value\": \"rO0ABXQABUhlbGxv\", \"valueInfo\": "
            + "{\"serializationDataFormat\": \"application/x-java-serialized-object\", \"objectTypeName\": \"java.lang.String\"}}";

    @Autowired private TestRestTemplate rest;
    @Autowired private RuntimeService runtime;
    @Autowired private TaskService tasks;
    @Autowired private ProcessEngine engine;
    @Autowired private JdbcClient jdbc;
    @Autowired private StageGateProperties limits;

    @Test
    void nullBodyIs400() {
        Task task = openTask(new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead()));
        RawJson anna = new RawJson(rest, "anna");
        long deals = deals();
        assertRefusal(anna.post("/engine-rest/task/" + task.getId() + "/complete", "null"), 400, "null");
        assertRefusal(anna.post("/engine-rest/task/" + task.getId() + "/claim", "null"), 400, "null");
        assertRefusal(anna.post("/engine-rest/task/" + task.getId() + "/variables", "null"), 400, "null");
        assertRefusal(anna.post("/engine-rest/process-definition/key/deal-pipeline/start", "null"), 400, "null");
        assertStillOpen(task);
        assertThat(deals()).isEqualTo(deals);
    }

    @Test
    void malformedJsonIs400NamingWhereItBreaks() {
        Task task = openTask(new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead()));
        RawJson anna = new RawJson(rest, "anna");
        String complete = "/engine-rest/task/" + task.getId() + "/complete";
        assertRefusal(anna.post(complete, "{\"variables\": {\"contactName\": "), 400, "not valid JSON", "line 1");
        assertRefusal(anna.post(complete, "{\"variables\": []}"), 400, "'variables'");
        assertRefusal(anna.post(complete, "{\"variables\": {\"contactName\": \"Ivan\"}}"), 400, "'contactName'",
                "must be a JSON object");
        assertStillOpen(task);
    }

    @Test
    void valueThatDoesNotFitItsTypeIs400NamingTheVariable() {
        Task task = openTask(new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead()));
        RawJson anna = new RawJson(rest, "anna");
        String complete = "/engine-rest/task/" + task.getId() + "/complete";
        assertRefusal(anna.post(complete, "{\"variables\": {\"meetingDate\": {\"value\": \"tomorrow\", \"type\": \"Date\"}}}"),
                400, "'meetingDate'", "tomorrow");
        assertRefusal(anna.post(complete, "{\"variables\": {\"budgetEstimate\": {\"value\": \"a lot\", \"type\": \"Long\"}}}"),
                400, "'budgetEstimate'");
        assertRefusal(anna.post(complete, "{\"variables\": {\"outcome\": {\"value\": \"X\", \"type\": \"Shape\"}}}"),
                400, "'outcome'", "'Shape'");
        assertStillOpen(task);
    }

    @Test
    void serializedJavaObjectIsRefused() {
        String deal = new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead());
        Task task = openTask(deal);
        RawJson anna = new RawJson(rest, "anna");
        assertRefusal(anna.post("/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\": {\"contactName\": " + SERIALIZED_JAVA + "}}"), 422, "'contactName'", "serialized Java");
        assertRefusal(anna.put("/engine-rest/task/" + task.getId() + "/variables/contactName", SERIALIZED_JAVA), 422,
                "'contactName'");
        assertStillOpen(task);
        assertThat(runtime.getVariables(deal)).doesNotContainKey("contactName");
    }

    @Test
    void theEngineItselfRefusesSerializedJavaObjectsAndTheRefusalNamesTheVariable() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isJavaSerializationFormatEnabled()).as("Camunda 7.24's default, kept").isFalse();
        Task task = openTask(new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead()));
        assertThatThrownBy(() -> tasks.setVariable(task.getId(), "contactName", Variables.serializedObjectValue("rO0AB")
                .serializationDataFormat(Variables.SerializationDataFormats.JAVA).objectTypeName("java.lang.String").create()))
                .satisfies(refusal -> assertThat(EngineExceptions.classify(refusal))
                        .isEqualTo(ErrorAnswer.invalidVariable(422, "contactName",
                                "Variable 'contactName' is a serialized Java object; such values are not accepted.")));
    }

    @Test
    void overlongStringIsRefusedWithoutSql() {
        String deal = new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead());
        Task task = openTask(deal);
        RawJson anna = new RawJson(rest, "anna");
        String tooLong = "x".repeat(4001);
        StringBuilder complete = new StringBuilder("{\"variables\": {");
        StageInputs.forward("coldCall").forEach((name, value) -> complete.append('"').append(name).append("\": ")
                .append(RawJson.variable(name.equals("contactName") ? tooLong : value.toString())).append(", "));
        complete.setLength(complete.length() - 2);
        complete.append("}}");
        assertRefusal(anna.post("/engine-rest/task/" + task.getId() + "/complete", complete.toString()), 422,
                "'contactName'", "4,001", "4,000");
        assertRefusal(anna.put("/engine-rest/task/" + task.getId() + "/variables/contactName", RawJson.variable(tooLong)),
                422, "'contactName'");
        assertRefusal(anna.post("/engine-rest/process-definition/key/deal-pipeline/start", "{\"variables\": {"
                + "\"companyName\": " + RawJson.variable(tooLong) + ", \"source\": " + RawJson.variable("COLD_LIST")
                + ", \"manager\": " + RawJson.variable("anna") + "}}"), 422, "'companyName'");
        assertStillOpen(task);
        assertThat(runtime.getVariables(deal)).doesNotContainKeys("contactName", "contactPosition");
        assertThat(jdbc.sql("SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_NAME = 'ACT_RU_VARIABLE' AND COLUMN_NAME = 'TEXT_'").query(Integer.class).single())
                .as("the limit is the column Camunda stores a text in").isEqualTo(limits.maxTextLength());
    }

    @Test
    void overlongNameOrBusinessKeyIsRefusedWithoutSql() {
        Task task = openTask(new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead()));
        RawJson anna = new RawJson(rest, "anna");
        // renaming a task is for those who may reassign it (a manager works his task, he does not edit it)
        assertRefusal(new RawJson(rest, "admin", "admin-test").put("/engine-rest/task/" + task.getId(),
                "{\"name\": \"" + "n".repeat(300) + "\"}"), 422, "longer than can be stored");
        long deals = deals();
        assertRefusal(anna.post("/engine-rest/process-definition/key/deal-pipeline/start", "{\"businessKey\": \""
                + "b".repeat(300) + "\", \"variables\": {\"companyName\": " + RawJson.variable("Acme") + ", \"source\": "
                + RawJson.variable("COLD_LIST") + ", \"manager\": " + RawJson.variable("anna") + "}}"), 422,
                "longer than can be stored");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getName()).isEqualTo("Cold call");
        assertThat(deals()).isEqualTo(deals);
    }

    @Test
    void oversizedBodyIs413() {
        Task task = openTask(new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead()));
        String huge = "{\"variables\": {\"contactName\": " + RawJson.variable("z".repeat(1_100_000)) + "}}";
        assertRefusal(new RawJson(rest, "anna").post("/engine-rest/task/" + task.getId() + "/complete", huge), 413,
                "1,048,576 bytes");
        assertStillOpen(task);
    }

    private Task openTask(String deal) {
        return tasks.createTaskQuery().processInstanceId(deal).singleResult();
    }

    private void assertStillOpen(Task task) {
        assertThat(tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).list())
                .singleElement().extracting(Task::getId).isEqualTo(task.getId());
        assertThat(tasks.getVariables(task.getId())).doesNotContainKeys("contactName", "meetingDate");
    }

    private long deals() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("deal-pipeline").count();
    }
}

package com.dealstage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Who sees and works which deal, over /engine-rest and /api, as the demo roles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DealAccessTest {

    private static final List<String> AMOUNTS = List.of("budgetEstimate", "proposalAmount", "agreedAmount",
            "invoiceAmount", "amountPaid");

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
    private AccessClient boris;

    @BeforeEach
    void fixtures() {
        deals = new DealFixtures(runtime, tasks, management);
        anna = new AccessClient(rest, "anna");
        boris = new AccessClient(rest, "boris");
    }

    @Test
    void managerSeesOnlyHisOwnTasksAndHisGroupsUnclaimedOnes() {
        String annas = deals.startFor("anna");
        String boriss = deals.startFor("boris");
        Task borisCall = deals.openTask(boriss);

        assertThat(ids(anna.list("/api/tasks"))).contains(deals.openTask(annas).getId()).doesNotContain(borisCall.getId());
        assertThat(anna.list("/engine-rest/task?processInstanceId=" + boriss)).isEmpty();

        // a head hands boris's call back to the group: now it is offered to every sales manager ...
        assertThat(new AccessClient(rest, "helen").post("/engine-rest/task/" + borisCall.getId() + "/assignee",
                java.util.Collections.singletonMap("userId", null)).getStatusCode().value()).isEqualTo(204);
        assertThat(ids(anna.list("/api/tasks"))).contains(borisCall.getId());
        // ... until one of them claims it: then it is his alone
        assertThat(anna.post("/engine-rest/task/" + borisCall.getId() + "/claim", Map.of("userId", "anna"))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(ids(boris.list("/api/tasks"))).doesNotContain(borisCall.getId());
        assertThat(boris.get("/engine-rest/task/" + borisCall.getId() + "/variables").getStatusCode().value())
                .isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(borisCall.getId()).singleResult().getAssignee()).isEqualTo("anna");
    }

    @Test
    void managerCannotReadAnotherManagersDeal() {
        String deal = deals.driveTo("anna", "payment");
        String task = deals.openTask(deal).getId();

        assertThat(boris.get("/engine-rest/process-instance/" + deal + "/variables").getStatusCode().value()).isEqualTo(403);
        assertThat(boris.get("/engine-rest/task/" + task + "/variables").getStatusCode().value()).isEqualTo(403);
        assertThat(boris.get("/engine-rest/history/process-instance/" + deal).getStatusCode().value()).isEqualTo(404);
        assertThat(boris.list("/engine-rest/history/variable-instance?processInstanceId=" + deal)).isEmpty();
        assertThat(boris.list("/engine-rest/history/task?processInstanceId=" + deal)).isEmpty();
        assertThat(boris.list("/engine-rest/process-instance?processDefinitionKey=deal-pipeline"))
                .extracting(i -> i.get("id")).doesNotContain(deal);
        assertThat(boris.list("/api/deals/" + deal + "/tasks")).isEmpty();

        // the same reads as the deal's own manager return the data, amounts included
        assertThat(anna.get("/engine-rest/process-instance/" + deal + "/variables").getBody())
                .contains("agreedAmount", "invoiceAmount");
        assertThat(anna.list("/engine-rest/history/variable-instance?processInstanceId=" + deal))
                .extracting(v -> v.get("name")).contains("contractNumber", "invoiceAmount");
        assertThat(anna.list("/engine-rest/process-instance?processDefinitionKey=deal-pipeline"))
                .extracting(i -> i.get("id")).contains(deal);
    }

    @Test
    void managerCannotClaimOrReassignAnotherManagersTask() {
        String deal = deals.startFor("anna");
        String task = deals.openTask(deal).getId();

        assertThat(boris.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "boris")).getStatusCode().value())
                .isEqualTo(403);
        assertThat(boris.post("/engine-rest/task/" + task + "/assignee", Map.of("userId", "boris"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(boris.post("/engine-rest/task/" + task + "/complete",
                Map.of("variables", EngineRestClient.camundaVariables(StageInputs.forward("coldCall"))))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(boris.post("/api/tasks/" + task + "/complete", StageInputs.forward("coldCall"))
                .getStatusCode().value()).isEqualTo(403);
        // nor may anna hand her own stage to somebody else: that is the head's decision
        assertThat(anna.post("/engine-rest/task/" + task + "/assignee", Map.of("userId", "boris"))
                .getStatusCode().value()).isEqualTo(403);

        Task after = deals.openTask(deal);
        assertThat(after.getId()).isEqualTo(task);
        assertThat(after.getAssignee()).isEqualTo("anna");
        assertThat(runtime.getVariable(deal, "contactName")).isNull();
    }

    /** Working a task (TASK_WORK) is completing it; changing the deal's data on the side needs rights nobody but admins has. */
    @Test
    void managerCannotChangeOrRemoveDealDataOutsideACompletion() {
        String deal = deals.driveTo("anna", "payment");
        String payment = "/engine-rest/task/" + deals.openTask(deal).getId();
        String instance = "/engine-rest/process-instance/" + deal;

        assertThat(anna.delete(payment + "/variables/contractNumber").getStatusCode().value()).isEqualTo(403);
        assertThat(anna.put(payment + "/variables/invoiceAmount", AccessClient.value(-5)).getStatusCode().value())
                .isEqualTo(403);
        assertThat(anna.post(payment + "/variables", Map.of("modifications",
                Map.of("contractDate", AccessClient.value("tomorrow")))).getStatusCode().value()).isEqualTo(403);
        assertThat(anna.delete(instance + "/variables/contractNumber").getStatusCode().value()).isEqualTo(403);
        assertThat(boris.put(instance + "/variables/invoiceAmount", AccessClient.value(-5)).getStatusCode().value())
                .isEqualTo(403);

        assertThat(runtime.getVariable(deal, "contractNumber")).isEqualTo("D-2026-117");
        assertThat(runtime.getVariable(deal, "invoiceAmount")).isEqualTo(1_100_000);
        assertThat(runtime.getVariable(deal, "contractDate")).isEqualTo(StageInputs.forward("contract").get("contractDate"));
    }

    @Test
    void reassignedTaskLeavesThePreviousAssignee() {
        String deal = deals.startFor("anna");
        String task = deals.openTask(deal).getId();
        assertThat(new AccessClient(rest, "helen").post("/engine-rest/task/" + task + "/assignee",
                Map.of("userId", "boris")).getStatusCode().value()).isEqualTo(204);

        assertThat(anna.get("/engine-rest/task/" + task + "/variables").getStatusCode().value()).isEqualTo(403);
        assertThat(anna.post("/engine-rest/task/" + task + "/complete",
                Map.of("variables", EngineRestClient.camundaVariables(StageInputs.forward("coldCall"))))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(boris.post("/engine-rest/task/" + task + "/complete",
                Map.of("variables", EngineRestClient.camundaVariables(StageInputs.forward("coldCall"))))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(deals.openTask(deal).getTaskDefinitionKey()).isEqualTo("meeting");
    }

    @Test
    void qualityControlSeesNoAmounts() {
        String survey = deals.surveyCallAfterDelivery("anna");
        String deal = (String) runtime.getVariable(survey, "dealId");
        AccessClient quinn = new AccessClient(rest, "quinn");

        List<Map<String, Object>> calls = quinn.list("/engine-rest/task?processInstanceId=" + survey);
        assertThat(calls).singleElement().extracting(t -> t.get("taskDefinitionKey")).isEqualTo("npsCall");
        Map<String, Object> seen = AccessClient.json(quinn.get("/engine-rest/task/" + calls.get(0).get("id")
                + "/variables").getBody());
        assertThat(seen).containsKeys("companyName", "contactName", "contactPhone").doesNotContainKeys(
                AMOUNTS.toArray(String[]::new));

        assertThat(quinn.get("/engine-rest/process-instance/" + deal + "/variables").getStatusCode().value())
                .isEqualTo(403);
        assertThat(quinn.list("/engine-rest/task?processInstanceId=" + deal)).isEmpty();
        for (String amount : AMOUNTS) {
            assertThat(quinn.list("/engine-rest/variable-instance?variableName=" + amount)).as(amount).isEmpty();
            assertThat(quinn.list("/engine-rest/history/variable-instance?variableName=" + amount)).as(amount).isEmpty();
        }
        assertThat(runtime.getVariable(deal, "invoiceAmount")).as("the deal has them").isNotNull();
    }

    @Test
    void processOwnerCannotReadDealData() {
        String deal = deals.driveTo("anna", "payment");
        String task = deals.openTask(deal).getId();
        AccessClient paul = new AccessClient(rest, "paul");

        assertThat(paul.list("/engine-rest/process-instance?processDefinitionKey=deal-pipeline")).isEmpty();
        assertThat(paul.get("/engine-rest/process-instance/" + deal + "/variables").getStatusCode().value()).isEqualTo(403);
        assertThat(paul.list("/engine-rest/history/process-instance?processDefinitionKey=deal-pipeline")).isEmpty();
        assertThat(paul.list("/engine-rest/history/variable-instance?processInstanceId=" + deal)).isEmpty();
        assertThat(paul.list("/engine-rest/task")).isEmpty();
        assertThat(paul.delete("/engine-rest/process-instance/" + deal + "/variables/contractNumber")
                .getStatusCode().value()).isEqualTo(403);
        assertThat(paul.post("/engine-rest/task/" + task + "/complete",
                Map.of("variables", EngineRestClient.camundaVariables(StageInputs.forward("payment"))))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(runtime.getVariable(deal, "contractNumber")).isEqualTo("D-2026-117");
        assertThat(deals.openTask(deal).getId()).isEqualTo(task);

        // what a process owner is for: definitions, their diagrams and statistics
        assertThat(paul.list("/engine-rest/process-definition?key=deal-pipeline")).isNotEmpty();
        assertThat(paul.get("/engine-rest/process-definition/key/deal-pipeline/xml").getStatusCode().value())
                .isEqualTo(200);
        assertThat(paul.list("/engine-rest/process-definition/statistics"))
                .anySatisfy(s -> assertThat(((Number) s.get("instances")).intValue()).isPositive());
    }

    @Test
    void processOwnerDeploysFromModelerButCannotDeleteTheDeployment() {
        AccessClient paul = new AccessClient(rest, "paul");
        String key = "paulsProbe" + System.nanoTime();
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="probe" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
        var deployed = paul.postMultipart("/engine-rest/deployment/create", key, key + ".bpmn", bpmn);
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        String deployment = (String) AccessClient.json(deployed.getBody()).get("id");

        assertThat(paul.list("/engine-rest/process-definition?key=" + key)).hasSize(1);
        assertThat(paul.delete("/engine-rest/deployment/" + deployment + "?cascade=true").getStatusCode().value())
                .isEqualTo(403);
        assertThat(paul.list("/engine-rest/deployment?name=" + key)).hasSize(1);
    }

    private static List<Object> ids(List<Map<String, Object>> tasks) {
        return tasks.stream().map(t -> t.get("id")).toList();
    }
}

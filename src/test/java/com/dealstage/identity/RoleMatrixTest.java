package com.dealstage.identity;

import static com.dealstage.identity.AccessClient.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.EngineRestClient;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The role table of docs/security.md, tried over /engine-rest by every demo role against a deal of
 * anna's: each operation is either done (2xx, or a read that returns the data) or refused (403, 404, or a read
 * that returns nothing), exactly as the table says; after a refusal the deal is as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoleMatrixTest {

    enum Op {
        TASK_LIST, TASK_VARIABLES, INSTANCE_VARIABLES, HISTORY, COMPLETE, CLAIM_OFFERED_TASK, REASSIGN,
        DELETE_INSTANCE, SUSPEND, START_WITH_INSTRUCTIONS, JOB_EXECUTE, BPMN_ERROR, LOCAL_VARIABLES, DEPLOY
    }

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private ManagementService management;
    @Autowired
    private RepositoryService repository;
    private DealFixtures deals;

    @BeforeEach
    void fixtures() {
        deals = new DealFixtures(runtime, tasks, management);
    }

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("anna", EnumSet.of(Op.TASK_LIST, Op.TASK_VARIABLES, Op.INSTANCE_VARIABLES, Op.HISTORY,
                        Op.COMPLETE, Op.CLAIM_OFFERED_TASK)),
                Arguments.of("boris", EnumSet.of(Op.CLAIM_OFFERED_TASK)),
                Arguments.of("helen", EnumSet.of(Op.TASK_LIST, Op.TASK_VARIABLES, Op.INSTANCE_VARIABLES, Op.HISTORY,
                        Op.REASSIGN)),
                Arguments.of("quinn", EnumSet.noneOf(Op.class)),
                Arguments.of("paul", EnumSet.of(Op.DEPLOY)),
                Arguments.of("admin", EnumSet.allOf(Op.class)));
    }

    @ParameterizedTest(name = "{0} may do {1} with anna''s deal and nothing else")
    @MethodSource("roles")
    void eachRoleMayDoWhatTheRoleTableSaysAndNothingMore(String user, Set<Op> allowed) {
        AccessClient caller = new AccessClient(rest, user);
        Map<Op, Boolean> done = new EnumMap<>(Op.class);
        for (Op op : Op.values()) {
            done.put(op, attempt(op, caller));
        }
        Map<Op, Boolean> expected = new EnumMap<>(Op.class);
        for (Op op : Op.values()) {
            expected.put(op, allowed.contains(op));
        }
        assertThat(done).as("what %s could do", user).isEqualTo(expected);
    }

    /** True when done; false when refused, after checking that the refusal left the deal as it was. */
    private boolean attempt(Op op, AccessClient caller) {
        String deal = op == Op.JOB_EXECUTE ? deals.rejectedWaitingForRecontact("anna") : deals.startFor("anna");
        Task task = deals.openTask(deal);
        if (op == Op.CLAIM_OFFERED_TASK) {
            tasks.setAssignee(task.getId(), null); // a head handed it back: offered to sales-managers
            task = deals.openTask(deal);
        }
        Job job = deals.timerOf(deal);
        String company = (String) runtime.getVariable(deal, "companyName");
        String path = "/engine-rest/task/" + (task == null ? "none" : task.getId());
        String deployment = "role-matrix-probe-" + UUID.randomUUID();
        ResponseEntity<String> response = switch (op) {
            case TASK_LIST -> caller.get("/engine-rest/task?processInstanceId=" + deal);
            case TASK_VARIABLES -> caller.get(path + "/variables");
            case INSTANCE_VARIABLES -> caller.get("/engine-rest/process-instance/" + deal + "/variables");
            case HISTORY -> caller.get("/engine-rest/history/variable-instance?processInstanceId=" + deal);
            case COMPLETE -> caller.post(path + "/complete",
                    Map.of("variables", EngineRestClient.camundaVariables(StageInputs.forward("coldCall"))));
            case CLAIM_OFFERED_TASK -> caller.post(path + "/claim", Map.of("userId", caller.user));
            case REASSIGN -> caller.post(path + "/assignee", Map.of("userId", "boris"));
            case DELETE_INSTANCE -> caller.delete("/engine-rest/process-instance/" + deal);
            case SUSPEND -> caller.put("/engine-rest/process-instance/" + deal + "/suspended", Map.of("suspended", true));
            case START_WITH_INSTRUCTIONS -> caller.post("/engine-rest/process-definition/key/deal-pipeline/start",
                    Map.of("variables", EngineRestClient.camundaVariables(DealFixtures.lead("anna")),
                            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "coldCall"))));
            case JOB_EXECUTE -> caller.post("/engine-rest/job/" + job.getId() + "/execute", null);
            case BPMN_ERROR -> caller.post(path + "/bpmnError", Map.of("errorCode", "skip"));
            case LOCAL_VARIABLES -> caller.put(path + "/localVariables/contactName", value("Ivan"));
            case DEPLOY -> deploy(caller, deployment);
        };
        boolean done = outcome(op, response);
        if (!done) {
            assertUnchanged(op, deal, task, job, company, deployment);
        }
        return done;
    }

    /**
     * Refused by access control: 403, or 404 for what the caller may not even see. Anything else short of a
     * server error means the rights let the caller through (a business rule may still answer 4xx).
     */
    private static boolean outcome(Op op, ResponseEntity<String> response) {
        int status = response.getStatusCode().value();
        if (status == 403 || status == 404) {
            return false;
        }
        assertThat(status).as("%s answered %s", op, response).isLessThan(500);
        return switch (op) {
            case TASK_LIST, HISTORY -> !response.getBody().equals("[]");
            case TASK_VARIABLES, INSTANCE_VARIABLES -> response.getBody().contains("companyName");
            default -> true;
        };
    }

    private void assertUnchanged(Op op, String deal, Task before, Job job, String company, String deployment) {
        Task now = deals.openTask(deal);
        assertThat(now == null ? null : now.getId()).as("after a refused %s the same task is open", op)
                .isEqualTo(before == null ? null : before.getId());
        if (now != null) {
            assertThat(now.getAssignee()).isEqualTo(before.getAssignee());
            assertThat(tasks.getVariablesLocal(now.getId())).isEmpty();
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(deal).active().count()).isEqualTo(1);
        assertThat(runtime.getVariable(deal, "companyName")).isEqualTo(company);
        if (job != null) {
            assertThat(deals.timerOf(deal).getDuedate()).isEqualTo(job.getDuedate());
        }
        assertThat(repository.createDeploymentQuery().deploymentName(deployment).count()).isZero();
    }

    private static ResponseEntity<String> deploy(AccessClient caller, String deployment) {
        String key = "roleMatrixProbe" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="probe" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
        return caller.postMultipart("/engine-rest/deployment/create", deployment, key + ".bpmn", bpmn);
    }
}

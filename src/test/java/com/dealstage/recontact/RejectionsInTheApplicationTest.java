package com.dealstage.recontact;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineClock;
import com.dealstage.testsupport.MovesEngineClock;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.TaxNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rejections in the running application: recorded in the engine's transaction, reported over /api,
 * and a re-contact call's rejection passes the same stage gate. The job executor is off, so that timers fire
 * only when a test executes them.
 */
@Tag("own-context")
@MovesEngineClock
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class RejectionsInTheApplicationTest {

    @Autowired private TestRestTemplate rest;
    @Autowired private ObjectMapper json;
    @Autowired private RuntimeService runtime;
    @Autowired private TaskService tasks;
    @Autowired private ManagementService management;
    @Autowired private JdbcClient jdbc;
    @Autowired private PlatformTransactionManager transactions;

    @Test
    void rejectionOverTheApiIsCountedPerReasonAndPerManager() throws Exception {
        JsonNode before = summary();
        String deal = startDeal();
        ResponseEntity<String> rejected = rest.withBasicAuth("anna", "anna").postForEntity(
                "/api/tasks/" + openTask(deal).getId() + "/complete", StageInputs.rejectionAt("coldCall", "PRICE_TOO_HIGH"),
                String.class);
        assertThat(rejected.getStatusCode().value()).isEqualTo(204);

        JsonNode after = summary();
        assertThat(after.get("total").asLong()).isEqualTo(before.get("total").asLong() + 1);
        assertThat(after.get("recontactPlanned").asLong()).isEqualTo(before.get("recontactPlanned").asLong() + 1);
        assertThat(after.at("/byReason/PRICE_TOO_HIGH").asLong()).isEqualTo(before.at("/byReason/PRICE_TOO_HIGH").asLong() + 1);
        assertThat(after.at("/byManager/anna").asLong()).isEqualTo(before.at("/byManager/anna").asLong() + 1);
        assertThat(rowsOf(deal)).as("stage known although anna may not read history").isEqualTo(1);
        assertThat(jdbc.sql("SELECT stage FROM lead_rejection WHERE deal_id = ?").param(deal).query(String.class)
                .single()).isEqualTo("coldCall");
    }

    @Test
    void recordedRejectionCarriesThePlannedRecontact() {
        String deal = startDeal();
        tasks.complete(openTask(deal).getId(), StageInputs.rejectionAt("coldCall", "HAS_SUPPLIER"));
        Map<String, Object> row = jdbc.sql("SELECT * FROM lead_rejection WHERE deal_id = ?").param(deal).query()
                .singleRow();
        assertThat(row).containsEntry("reason_code", "HAS_SUPPLIER");
        assertThat((String) row.get("recontact_action")).containsIgnoringCase("industry review");
        assertThat(row.get("recontact_due")).isNotNull();
    }

    @Test
    void rolledBackRejectionLeavesNoRecordNoTimerAndTheTaskOpen() {
        String deal = startDeal();
        String taskId = openTask(deal).getId();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tasks.complete(taskId, StageInputs.rejectionAt("coldCall", "NO_BUDGET"));
            assertThat(rowsOf(deal)).as("written in the engine's own transaction").isEqualTo(1);
            tx.setRollbackOnly();
        });
        assertThat(rowsOf(deal)).isZero();
        assertThat(management.createJobQuery().processInstanceId(deal).count()).isZero();
        assertThat(openTask(deal).getId()).isEqualTo(taskId);
    }

    @Test
    void unknownReasonAtTheRecontactCallIsRefusedWithTheListOfValidCodes() throws Exception {
        String deal = startDeal();
        tasks.complete(openTask(deal).getId(), StageInputs.rejectionAt("coldCall", "NO_BUDGET"));
        Job timer = management.createJobQuery().processInstanceId(deal).timers().singleResult();
        EngineClock.set(new Date(timer.getDuedate().getTime() + 60_000));
        management.executeJob(timer.getId());
        Task call = openTask(deal);
        assertThat(call.getTaskDefinitionKey()).isEqualTo("recontactCall");

        Map<String, Object> unknown = new HashMap<>(StageInputs.rejection("NO_BUDGET"));
        unknown.put("rejectionReason", "TOO_EXPENSIVE");
        ResponseEntity<String> refused = rest.withBasicAuth("anna", "anna")
                .postForEntity("/api/tasks/" + call.getId() + "/complete", unknown, String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        JsonNode body = json.readTree(refused.getBody());
        assertThat(body.get("stage").asText()).isEqualTo("recontactCall");
        assertThat(body.get("violations").findValuesAsText("message")).anyMatch(message -> message.contains(
                "NO_BUDGET, HAS_SUPPLIER, PRICE_TOO_HIGH, PURCHASES_NOT_PLANNED, PRODUCT_NOT_FIT, NOT_INTERESTED, DELIVERY_TERMS"));
        assertThat(openTask(deal).getId()).isEqualTo(call.getId());
        assertThat(rowsOf(deal)).isEqualTo(1);
    }

    private String startDeal() {
        // each test its own company, so each rejection is that company's first refusal
        return runtime.startProcessInstanceByKey("deal-pipeline", StageInputs.newClientLead()).getId();
    }

    private Task openTask(String deal) {
        return tasks.createTaskQuery().processInstanceId(deal).singleResult();
    }

    private int rowsOf(String deal) {
        return jdbc.sql("SELECT COUNT(*) FROM lead_rejection WHERE deal_id = ?").param(deal).query(Integer.class).single();
    }

    private JsonNode summary() throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth("helen", "helen").getForEntity("/api/rejections/summary",
                String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return json.readTree(response.getBody());
    }
}

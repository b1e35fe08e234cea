package com.dealstage.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.ApiDeals;
import com.dealstage.testsupport.EngineClock;
import com.dealstage.testsupport.StageInputs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Accounting reports a payment: the deal's payment stage is completed through the gate; the payment document is the
 * idempotency key; the accounting user can do nothing else on any API, and nobody else may report payments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PaymentsFromAccountingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private TaskService tasks;
    @Autowired
    private HistoryService history;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aPaymentCompletesThePaymentStageOnceAndARepeatAnswersTheSameResult() throws Exception {
        String contract = "D-" + UUID.randomUUID();
        String deal = dealAtPayment(contract);
        Map<String, Object> report = payment(contract, "1100000.00", "PO-" + UUID.randomUUID());

        ResponseEntity<String> first = accounting().postForEntity("/api/payments", report, String.class);
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        assertThat(JSON.readTree(first.getBody()).get("dealId").asText()).isEqualTo(deal);
        assertThat(tasks.createTaskQuery().processInstanceId(deal).taskDefinitionKey("payment").count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(deal).singleResult().getTaskDefinitionKey())
                .isEqualTo("fulfilment");
        assertThat(((Number) history.createHistoricVariableInstanceQuery().processInstanceId(deal)
                .variableName("amountPaid").singleResult().getValue()).doubleValue()).isEqualTo(1_100_000.0);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(deal).taskDefinitionKey("payment")
                .singleResult().getDeleteReason()).isEqualTo("completed");

        ResponseEntity<String> repeat = accounting().postForEntity("/api/payments", report, String.class);
        assertThat(repeat.getStatusCode().value()).isEqualTo(200);
        assertThat(JSON.readTree(repeat.getBody())).isEqualTo(JSON.readTree(first.getBody()));

        Map<String, Object> conflicting = new HashMap<>(report);
        conflicting.put("amount", 5);
        ResponseEntity<String> reused = accounting().postForEntity("/api/payments", conflicting, String.class);
        assertThat(reused.getStatusCode().value()).isEqualTo(409);
        assertThat(reused.getBody()).contains((String) report.get("paymentDocument")).contains(contract);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM accounting_payment WHERE contract_number = ?").param(contract)
                .query(Long.class).single()).isEqualTo(1);

        ResponseEntity<String> paidAlready = accounting().postForEntity("/api/payments",
                payment(contract, "1", "PO-" + UUID.randomUUID()), String.class);
        assertThat(paidAlready.getStatusCode().value()).isEqualTo(409);
        assertThat(paidAlready.getBody()).contains("not waiting for its payment");
    }

    @Test
    void wrongReportsAreNamedAndLeaveNothingBehind() throws Exception {
        ResponseEntity<String> unknown = accounting().postForEntity("/api/payments",
                payment("NO-SUCH-" + UUID.randomUUID(), "10", "PO-" + UUID.randomUUID()), String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType().toString()).contains("problem+json");

        String contract = "D-" + UUID.randomUUID();
        dealAtPayment(contract);
        for (Map.Entry<String, Object> wrong : Map.<String, Object>of("amount", "-5", "date", "yesterday",
                "paymentDocument", "").entrySet()) {
            Map<String, Object> report = payment(contract, "10", "PO-" + UUID.randomUUID());
            report.put(wrong.getKey(), wrong.getValue());
            ResponseEntity<String> refused = accounting().postForEntity("/api/payments", report, String.class);
            assertThat(refused.getStatusCode().value()).as(wrong.getKey()).isEqualTo(400);
            assertThat(JSON.readTree(refused.getBody()).get("field").asText()).isEqualTo(wrong.getKey());
        }
        Map<String, Object> future = payment(contract, "10", "PO-" + UUID.randomUUID());
        future.put("date", EngineClock.today().plusDays(10).toString());
        assertThat(accounting().postForEntity("/api/payments", future, String.class).getBody()).contains("future");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM accounting_payment WHERE contract_number = ?").param(contract)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theAccountingUserReportsPaymentsAndNothingElse() {
        assertThat(accounting().getForEntity("/api/deals", String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(accounting().getForEntity("/api/tasks", String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(accounting().getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(accounting().getForEntity("/engine-rest/process-instance", String.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(accounting().postForEntity("/engine-rest/process-definition/key/deal-pipeline/start",
                Map.of(), String.class).getStatusCode().value()).isEqualTo(403);
        for (String user : new String[] {"anna", "helen", "quinn", "paul"}) {
            assertThat(rest.withBasicAuth(user, user).postForEntity("/api/payments",
                    payment("D-1", "10", "PO-1"), String.class).getStatusCode().value()).as(user).isEqualTo(403);
        }
    }

    private String dealAtPayment(String contractNumber) {
        return new ApiDeals(rest).atPayment(contractNumber);
    }

    private static Map<String, Object> payment(String contract, String amount, String document) {
        return new HashMap<>(Map.of("contractNumber", contract, "amount", amount, "date",
                EngineClock.today().toString(), "paymentDocument", document));
    }

    private TestRestTemplate accounting() {
        return rest.withBasicAuth("accounting", "accounting");
    }
}

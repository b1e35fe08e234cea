package com.dealstage.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealstage.testsupport.ApiDeals;
import com.dealstage.testsupport.EngineClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The race CI met in PaymentAttackTest, made deterministic: a report finds the payment task, then another report
 * completes it and commits before this one completes it. Camunda then says "Cannot find task" (a 404 on the wire);
 * for accounting the deal exists and was paid meanwhile, a 409, and this report leaves no record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PaymentRaceTest {

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private HistoryService history;

    @Test
    void aReportWhosePaymentTaskWasCompletedMeanwhileIsAConflictAndLeavesNoRecord() {
        String contract = "D-" + UUID.randomUUID();
        String deal = new ApiDeals(rest).atPayment(contract);
        Payments payments = new Payments(otherReportCompletesFirst(), jdbc, transactions);
        String document = "PO-" + UUID.randomUUID();

        assertThatThrownBy(() -> payments.record(new PaymentReport(contract, BigDecimal.TEN, EngineClock.today(),
                document), "accounting"))
                .isInstanceOfSatisfying(PaymentRefused.class, refused -> {
                    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(refused.getBody().getDetail()).contains(contract).contains("paid already");
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM accounting_payment WHERE payment_document = ?").param(document)
                .query(Long.class).single()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(deal).taskDefinitionKey("payment")
                .finished().count()).isOne();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(deal).singleResult()
                .getTaskDefinitionKey()).isEqualTo("fulfilment");
    }

    /** The engine Payments sees: its task completion first lets another report complete the task and commit. */
    private ProcessEngine otherReportCompletesFirst() {
        TaskService real = engine.getTaskService();
        TaskService racing = (TaskService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TaskService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("complete") && args.length == 2) {
                        String taskId = (String) args[0];
                        CompletableFuture.runAsync(() -> real.complete(taskId, Map.of("outcome", "PAID",
                                "paymentDate", EngineClock.today().toString(), "amountPaid", 10L,
                                "paymentDocument", "PO-other-" + taskId))).join();
                    }
                    return invoke(real, method, args);
                });
        return (ProcessEngine) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProcessEngine.class}, (proxy, method, args) -> method.getName().equals("getTaskService")
                        ? racing : invoke(engine, method, args));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }
}

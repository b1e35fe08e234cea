package com.dealstage.pipeline;

import static com.dealstage.testsupport.StageInputs.forward;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import com.dealstage.stagegate.StageGateViolation;
import com.dealstage.survey.AfterSalesTestEngine;
import com.dealstage.testsupport.Deals;
import com.dealstage.testsupport.EngineClock;
import com.dealstage.testsupport.MovesEngineClock;
import com.dealstage.testsupport.StageInputs;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The payment stage can fail: NOT_PAID ends the deal as lost after the contract; a payment still open after the
 * contract's due date goes to the heads of sales, once, and does not stop the payment from being confirmed.
 */
@MovesEngineClock
class PaymentOutcomeTest {

    private static AfterSalesTestEngine app;
    private static ProcessEngine engine;

    @BeforeAll
    static void deploy() {
        app = AfterSalesTestEngine.create();
        engine = app.engine();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void fresh() {
        app.reset();
        BpmnAwareTests.init(engine);
    }

    @Test
    void aPaymentThatDidNotComeEndsTheDealAsLostAfterTheContract() {
        ProcessInstance deal = atPayment();

        complete(paymentTask(deal), StageInputs.notPaid("NO_FUNDS"));

        assertThat(deal).isEnded().hasPassed("lostAfterContract").hasNotPassed("fulfilment");
        org.assertj.core.api.Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(deal.getId()).variableName("nonPaymentReason").singleResult().getValue())
                .isEqualTo("NO_FUNDS");
    }

    @Test
    void aPaidPaymentGoesOnToFulfilment() {
        ProcessInstance deal = atPayment();

        complete(paymentTask(deal), forward("payment"));

        assertThat(deal).isWaitingAt("fulfilment").hasNotPassed("lostAfterContract");
    }

    @Test
    void notPaidNeedsItsReasonAndCommentAndLeavesTheDealAtPayment() {
        ProcessInstance deal = atPayment();
        Map<String, Object> withoutComment = new HashMap<>(StageInputs.notPaid("CLIENT_REFUSED"));
        withoutComment.remove("nonPaymentComment");
        withoutComment.put("nonPaymentReason", "FORGOT");

        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(
                () -> engine.getTaskService().complete(paymentTask(deal).getId(), withoutComment));

        org.assertj.core.api.Assertions.assertThat(StageGateViolation.findIn(refusal).violations())
                .extracting(v -> v.field()).containsExactly("nonPaymentReason", "nonPaymentComment");
        assertThat(deal).isWaitingAt("payment");
    }

    @Test
    void aPaymentOpenAfterItsDueDateGoesToTheHeadsOfSalesOnce() {
        ProcessInstance deal = atPayment();
        LocalDate due = EngineClock.today().plusDays(StageInputs.PAYMENT_TERM_DAYS);

        EngineClock.set(due.atTime(23, 0));
        app.runDueJobs();
        org.assertj.core.api.Assertions.assertThat(taskQuery().processInstanceId(deal.getId())
                .taskDefinitionKey("paymentOverdue").count()).isZero();

        EngineClock.set(due.plusDays(1).atTime(9, 0));
        app.runDueJobs();
        EngineClock.set(due.plusDays(8).atTime(9, 0));
        app.runDueJobs();

        List<Task> reviews = taskQuery().processInstanceId(deal.getId()).taskDefinitionKey("paymentOverdue").list();
        org.assertj.core.api.Assertions.assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0)).hasCandidateGroup("sales-heads").isNotAssigned();
        assertThat(deal).isWaitingAt("payment", "paymentOverdue");

        complete(paymentTask(deal), forward("payment"));
        assertThat(deal).isWaitingAt("fulfilment", "paymentOverdue");
        complete(reviews.get(0), Map.of("overdueAction", "Paid a week late; no action"));
        assertThat(deal).isWaitingAt("fulfilment");
    }

    @Test
    void aPaymentConfirmedInTimeRaisesNoReview() {
        ProcessInstance deal = atPayment();
        complete(paymentTask(deal), forward("payment"));

        EngineClock.set(EngineClock.today().plusDays(StageInputs.PAYMENT_TERM_DAYS + 5).atTime(9, 0));
        app.runDueJobs();

        org.assertj.core.api.Assertions.assertThat(taskQuery().processInstanceId(deal.getId())
                .taskDefinitionKey("paymentOverdue").count()).isZero();
    }

    private static ProcessInstance atPayment() {
        ProcessInstance deal = Deals.start();
        for (String stage : List.of("coldCall", "meeting", "proposal", "closing", "contract")) {
            complete(taskQuery().processInstanceId(deal.getId()).singleResult(), forward(stage));
        }
        assertThat(deal).isWaitingAt("payment");
        return deal;
    }

    private static Task paymentTask(ProcessInstance deal) {
        return taskQuery().processInstanceId(deal.getId()).taskDefinitionKey("payment").singleResult();
    }
}

package com.dealstage.pipeline;

import static com.dealstage.testsupport.StageInputs.forward;
import static com.dealstage.testsupport.StageInputs.withOutcome;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.dealstage.stagegate.StageGateViolation;
import com.dealstage.survey.AfterSalesTestEngine;
import com.dealstage.testsupport.Deals;
import com.dealstage.testsupport.Stages;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** deal-pipeline.bpmn as a sales manager walks it, stage gate on: every stage in order and the loops. */
class DealPipelineTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void deployProcessFolder() {
        // the after-sales beans, because the happy path reaches the hand-over after the last stage
        engine = AfterSalesTestEngine.create().engine();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void bindAssertions() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void happyPathPassesEveryStageInOrder() {
        ProcessInstance deal = startDeal();
        for (String stage : Stages.HAPPY_PATH) {
            assertThat(deal).isWaitingAt(stage);
            assertThat(task(deal)).isAssignedTo("anna");
            complete(task(deal), forward(stage));
        }
        assertThat(deal).hasPassedInOrder(Stages.HAPPY_PATH.toArray(String[]::new))
                .hasPassedInOrder("fulfilmentActs", "recordFulfilmentAct", "dealWon", "handOverAfterSales")
                .hasNotPassed("objections", "rejectionMerge");
        // the deal lives on after sales: it waits for the survey result, then for the repeat sale
        assertThat(deal).isNotEnded().isWaitingAt("awaitSurveyResult");
    }

    @Test
    void callAgainReturnsToColdCall() {
        ProcessInstance deal = startDeal();
        complete(task(deal), withOutcome("coldCall", "CALL_AGAIN"));
        assertThat(deal).isWaitingAt("coldCall");
        complete(task(deal), forward("coldCall"));
        assertThat(deal).isWaitingAt("meeting");
    }

    @Test
    void aStaleOutcomeNeitherPrefillsTheNextTaskNorSatisfiesItsGate() {
        ProcessInstance deal = startDeal();
        complete(task(deal), withOutcome("coldCall", "CALL_AGAIN"));
        Task secondCall = task(deal);
        assertThat(deal).isWaitingAt("coldCall").variables().doesNotContainKey("outcome")
                .containsEntry("contactName", "Ivan Kuznetsov");

        Map<String, Object> withoutOutcome = new HashMap<>(forward("coldCall"));
        withoutOutcome.remove("outcome");
        withoutOutcome.remove("meetingDate");
        assertThatThrownBy(() -> BpmnAwareTests.taskService().complete(secondCall.getId(), withoutOutcome))
                .satisfies(refusal -> org.assertj.core.api.Assertions.assertThat(StageGateViolation.findIn(refusal))
                        .isNotNull().extracting(violation -> violation.getMessage()).asString()
                        .contains("Call outcome must be one of"));

        org.assertj.core.api.Assertions.assertThat(task(deal).getId()).isEqualTo(secondCall.getId());
        assertThat(deal).variables().doesNotContainKey("outcome");
    }

    @Test
    void objectionsMayLoopAndSendTheDealBackToTheProposal() {
        ProcessInstance deal = Deals.driveTo("objections");
        complete(task(deal), withOutcome("objections", "OBJECTIONS_REMAIN"));
        assertThat(deal).isWaitingAt("objections");
        complete(task(deal), withOutcome("objections", "REVISE_PROPOSAL"));
        assertThat(deal).isWaitingAt("proposal");
        complete(task(deal), withOutcome("proposal", "OBJECTIONS"));
        complete(task(deal), forward("objections"));
        assertThat(deal).isWaitingAt("closing");
    }

    private static ProcessInstance startDeal() {
        return Deals.start();
    }
}

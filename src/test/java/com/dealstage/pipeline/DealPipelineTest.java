package com.dealstage.pipeline;

import static com.dealstage.testsupport.StageInputs.forward;
import static com.dealstage.testsupport.StageInputs.withOutcome;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.dealstage.survey.AfterSalesTestEngine;
import com.dealstage.testsupport.Deals;
import com.dealstage.testsupport.Stages;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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

package com.dealstage.pipeline;

import static com.dealstage.testsupport.StageInputs.forward;
import static com.dealstage.testsupport.StageInputs.withOutcome;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.dealstage.deployment.ProcessFolderDeployer;
import com.dealstage.rules.RuleEngine;
import com.dealstage.stagegate.StageGatePlugin;
import com.dealstage.testsupport.Deals;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.Stages;
import com.dealstage.testsupport.TestEngines;
import java.nio.file.Path;
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
        engine = TestEngines.inMemory(new StageGatePlugin(RuleEngine.fromDirectory(Path.of("rules"))));
        new ProcessFolderDeployer(engine.getRepositoryService()).deploy(Path.of("processes"));
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
        assertThat(deal).isEnded().hasPassedInOrder(Stages.HAPPY_PATH.toArray(String[]::new));
        assertThat(deal).hasPassed("handOverAfterSales", "dealWon").hasNotPassed("objections", "dealRejected");
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

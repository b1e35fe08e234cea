package com.dealstage.pipeline;

import static com.dealstage.testsupport.StageInputs.forward;
import static com.dealstage.testsupport.StageInputs.rejectionAt;
import static com.dealstage.testsupport.StageInputs.withOutcome;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.dealstage.deployment.ProcessFolderDeployer;
import com.dealstage.rules.RuleEngine;
import com.dealstage.stagegate.StageGatePlugin;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** deal-pipeline.bpmn as a sales manager walks it, stage gate on: every stage in order, loops and rejections. */
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
        ProcessInstance deal = driveTo("objections");
        complete(task(deal), withOutcome("objections", "OBJECTIONS_REMAIN"));
        assertThat(deal).isWaitingAt("objections");
        complete(task(deal), withOutcome("objections", "REVISE_PROPOSAL"));
        assertThat(deal).isWaitingAt("proposal");
        complete(task(deal), withOutcome("proposal", "OBJECTIONS"));
        complete(task(deal), forward("objections"));
        assertThat(deal).isWaitingAt("closing");
    }

    @ParameterizedTest
    @FieldSource("com.dealstage.testsupport.Stages#PRE_CONTRACT")
    void everyPreContractStageCanEndInRejection(String stage) {
        ProcessInstance deal = driveTo(stage);
        complete(task(deal), rejectionAt(stage, "NO_BUDGET"));
        assertThat(deal).isEnded().hasPassed("rejectionMerge", "dealRejected").hasNotPassed("contract");
        assertThat(deal).variables().containsEntry("rejectionReason", "NO_BUDGET");
    }

    private static ProcessInstance startDeal() {
        return runtimeService().startProcessInstanceByKey(Stages.DEAL_PIPELINE, StageInputs.leadIntake());
    }

    /** Starts a deal and completes the stages before {@code stage}; objections are reached from the proposal. */
    static ProcessInstance driveTo(String stage) {
        ProcessInstance deal = startDeal();
        for (String current : Stages.HAPPY_PATH) {
            if (current.equals(stage)) {
                break;
            }
            if (stage.equals("objections") && current.equals("proposal")) {
                complete(task(deal), withOutcome("proposal", "OBJECTIONS"));
                break;
            }
            complete(task(deal), forward(current));
        }
        assertThat(deal).isWaitingAt(stage);
        return deal;
    }
}

package com.dealstage.pipeline;

import static com.dealstage.testsupport.StageInputs.rejectionAt;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.dealstage.deployment.ProcessFolderDeployer;
import com.dealstage.rules.RuleEngine;
import com.dealstage.stagegate.StageGatePlugin;
import com.dealstage.testsupport.Deals;
import com.dealstage.testsupport.TestEngines;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Any stage before the contract can end in a rejection with one of the seven reason codes. */
class DealRejectionTest {

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

    @ParameterizedTest
    @FieldSource("com.dealstage.testsupport.Stages#PRE_CONTRACT")
    void everyPreContractStageCanEndInRejection(String stage) {
        ProcessInstance deal = Deals.driveTo(stage);
        complete(task(deal), rejectionAt(stage, "NO_BUDGET"));
        assertThat(deal).isEnded().hasPassed("rejectionMerge", "dealRejected").hasNotPassed("contract");
        assertThat(deal).variables().containsEntry("rejectionReason", "NO_BUDGET");
    }

}

package com.dealstage.pipeline;

import static com.dealstage.testsupport.StageInputs.rejectionAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.dealstage.recontact.RecontactTestEngine;
import com.dealstage.testsupport.Deals;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Any stage before the contract can end in a rejection with one of the seven reason codes; the re-contact
 * policy then plans the next call (RecontactProcessTest follows the lead from there).
 */
class DealRejectionTest {

    private static RecontactTestEngine fixture;

    @BeforeAll
    static void deployProcessFolder() {
        fixture = RecontactTestEngine.start();
    }

    @AfterAll
    static void stopEngine() {
        fixture.close();
    }

    @BeforeEach
    void bindAssertions() {
        BpmnAwareTests.init(fixture.engine());
        // every deal here is the same company: a first refusal each time, not the third that closes the lead
        fixture.forgetRejections();
    }

    @ParameterizedTest
    @FieldSource("com.dealstage.testsupport.Stages#PRE_CONTRACT")
    void everyPreContractStageCanEndInRejection(String stage) {
        ProcessInstance deal = Deals.driveTo(stage);
        complete(task(deal), rejectionAt(stage, "NO_BUDGET"));
        assertThat(deal).isWaitingAt("recontactDue").hasPassed("rejectionMerge", "planRecontact")
                .hasNotPassed("contract");
        assertThat(deal).variables().containsEntry("rejectionReason", "NO_BUDGET")
                .containsEntry("recontactPlanned", true);
        assertThat(fixture.recordedRejections()).singleElement()
                .satisfies(row -> assertThat(row.get("stage")).isEqualTo(stage));
    }

}

package com.dealstage.testsupport;

import static com.dealstage.testsupport.StageInputs.forward;
import static com.dealstage.testsupport.StageInputs.withOutcome;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Moves deals through deal-pipeline on the engine bound with {@code BpmnAwareTests.init}. */
public final class Deals {

    private Deals() {
    }

    public static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(Stages.DEAL_PIPELINE, StageInputs.leadIntake());
    }

    /** Starts a deal and completes the stages before {@code stage}; objections are reached from the proposal. */
    public static ProcessInstance driveTo(String stage) {
        ProcessInstance deal = start();
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

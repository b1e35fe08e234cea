package com.dealstage.identity;

import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.Stages;
import com.dealstage.testsupport.EngineClock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** Deals set up through the Java API (no user, no authorization check), so each test starts from known data. */
final class DealFixtures {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    DealFixtures(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    /** A company of its own, so client rules (one open deal, survey fatigue) never see another test's deals. */
    static Map<String, Object> lead(String manager) {
        Map<String, Object> lead = new HashMap<>(StageInputs.leadIntake());
        lead.remove("companyTaxId");
        lead.put("companyName", "Access " + UUID.randomUUID());
        lead.put("manager", manager);
        return lead;
    }

    String startFor(String manager) {
        return runtime.startProcessInstanceByKey(Stages.DEAL_PIPELINE, lead(manager)).getId();
    }

    Task openTask(String deal) {
        return tasks.createTaskQuery().processInstanceId(deal).singleResult();
    }

    /** Completes the happy-path stages before {@code stage}; dates relative to today. */
    String driveTo(String manager, String stage) {
        String deal = startFor(manager);
        for (String current : Stages.HAPPY_PATH) {
            if (current.equals(stage)) {
                break;
            }
            tasks.complete(openTask(deal).getId(), input(current));
        }
        return deal;
    }

    /** Every stage done: the hand-over has started the NPS survey, whose timer is run now. Returns the survey. */
    String surveyCallAfterDelivery(String manager) {
        String deal = driveTo(manager, "none");
        String survey = runtime.createProcessInstanceQuery().processDefinitionKey("nps-survey")
                .processInstanceBusinessKey(deal).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(survey).singleResult();
        management.executeJob(timer.getId());
        return survey;
    }

    /** A cold call rejected for lack of budget: the deal waits on its re-contact timer. */
    String rejectedWaitingForRecontact(String manager) {
        String deal = startFor(manager);
        tasks.complete(openTask(deal).getId(), StageInputs.rejectionAt("coldCall", "NO_BUDGET"));
        return deal;
    }

    Job timerOf(String deal) {
        return management.createJobQuery().processInstanceId(deal).singleResult();
    }

    private static Map<String, Object> input(String stage) {
        Map<String, Object> input = new HashMap<>(StageInputs.forward(stage));
        String today = EngineClock.today().toString();
        switch (stage) {
            case "fulfilment" -> input.put("fulfilmentDate", today);
            case "fulfilmentActs" -> input.put("actSignedDate", today);
            default -> { }
        }
        return input;
    }
}

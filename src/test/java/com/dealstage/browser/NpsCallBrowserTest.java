package com.dealstage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.ApiDeals;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The second half of the Tasklist scenario (the first, the manager's cold call refused and then completed, is
 * {@link TasklistBrowserTest}): later in the deal's life, quality control (quinn) finds the NPS call in the
 * "Quality-control surveys" filter, reads the client and the script, claims it and records the score. The deal is
 * brought there over /api as its manager would, and the survey date's timer is run instead of waiting days for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NpsCallBrowserTest {

    static final String NPS_CALL = "Quality call: ask for the NPS score";

    @LocalServerPort
    private int port;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private ManagementService management;
    @Autowired
    private HistoryService history;

    private Chromium chromium;
    private TasklistPage tasklist;

    @RegisterExtension
    final AfterTestExecutionCallback evidenceOnFailure = context -> context.getExecutionException()
            .filter(error -> tasklist != null)
            .ifPresent(error -> tasklist.saveEvidence("failure-" + context.getRequiredTestMethod().getName()));

    @BeforeEach
    void openBrowser() {
        Chromium.requireInstalled();
        chromium = Chromium.start();
        tasklist = new TasklistPage(chromium.driver(), "http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void qualityControlSeesAndCompletesTheNpsCallAfterDelivery() {
        Map<String, Object> lead = ApiDeals.lead();
        String company = (String) lead.get("companyName");
        String survey = surveyCallAfterDelivery(lead);
        Task call = tasks.createTaskQuery().processInstanceId(survey).singleResult();
        assertThat(call.getTaskDefinitionKey()).isEqualTo("npsCall");

        tasklist.logIn("quinn", "quinn");
        tasklist.openFilter("Quality-control surveys");
        tasklist.waitUntilTaskIsListed(call.getId(), NPS_CALL);
        tasklist.saveEvidence("nps-call-listed");
        CamundaForm form = tasklist.openTask(call.getId(), NPS_CALL).waitUntilShown("Score (0-10)");
        assertThat(chromium.driver().findElement(By.cssSelector("[cam-tasklist-form]")).getText())
                .as("the script shows whom to call").contains(company, "Ivan Kuznetsov", "+7 495 123-45-67")
                .as("quality control sees no amounts").doesNotContain("1100000", "1 100 000", "1,100,000");
        tasklist.claim();
        // each field left with Tab, as a person does: without it form-js did not take the comment typed last
        form.waitUntilShown("Score (0-10)").type("Score (0-10)", "9" + Keys.TAB)
                .type("Client's comment", "Fast delivery, clear documents" + Keys.TAB);
        tasklist.saveEvidence("nps-call-filled-in");
        tasklist.clickComplete();

        tasklist.waitUntilTaskLeavesTheList(call.getId(), NPS_CALL);
        tasklist.saveEvidence("nps-call-completed");
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(call.getId()).singleResult();
        assertThat(done.getEndTime()).as("the NPS call is completed").isNotNull();
        assertThat(done.getAssignee()).isEqualTo("quinn");
        String deal = (String) history.createHistoricVariableInstanceQuery().processInstanceId(survey)
                .variableName("dealId").singleResult().getValue();
        assertThat(runtime.getVariable(deal, "npsCategory")).as("the deal received the result").isEqualTo("PROMOTER");
    }

    /** The manager moves a deal of its own client through every sales stage over /api; its survey is due. */
    private String surveyCallAfterDelivery(Map<String, Object> lead) {
        ApiDeals deals = new ApiDeals(rest);
        String deal = deals.start(lead);
        for (String stage : List.of("coldCall", "meeting", "proposal", "closing", "contract", "payment", "fulfilment",
                "fulfilmentActs")) {
            deals.forward(deal, stage);
        }
        String survey = runtime.createProcessInstanceQuery().processDefinitionKey("nps-survey")
                .processInstanceBusinessKey(deal).singleResult().getId();
        // the survey date lies days after delivery: run its timer now instead of waiting for the job executor
        management.executeJob(management.createJobQuery().processInstanceId(survey).singleResult().getId());
        return survey;
    }
}

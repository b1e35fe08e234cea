package com.dealstage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A sales manager in a real browser: starts a deal from Tasklist's start form, submits the cold
 * call incomplete, reads the stage gate's refusal, fixes the form and moves the deal on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistBrowserTest {

    @LocalServerPort
    private int port;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;

    private Chromium chromium;
    private TasklistPage tasklist;

    /** On failure, keep what the browser showed: selectors break silently when Tasklist changes. */
    @RegisterExtension
    final AfterTestExecutionCallback evidenceOnFailure = context -> context.getExecutionException()
            .filter(error -> tasklist != null)
            .ifPresent(error -> tasklist.saveEvidence("failure-" + context.getRequiredTestMethod().getName()));

    /**
     * The assumption sits here rather than in a @BeforeAll: an aborted class shows up in Surefire as
     * "Tests run: 0" without the install hint, an aborted test as "Skipped: 1" with it.
     */
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
    void managerSeesTheGatesRefusalOfAnIncompleteColdCallAndCompletesItOnceFixed() throws IOException {
        String company = "Browser Test " + UUID.randomUUID().toString().substring(0, 8);
        tasklist.logIn("anna", "anna");

        String deal = startDealFromTasklist(company);
        Task coldCall = singleTask(deal);
        assertThat(coldCall.getTaskDefinitionKey()).isEqualTo("coldCall");
        assertThat(coldCall.getAssignee()).isEqualTo("anna");
        // a lead started in Tasklist is scored like a list's (rules/scoring.drl: referral 50 + construction 15), so
        // My tasks, sorted by priority, shows it above the manager's other tasks
        assertThat(coldCall.getPriority()).isEqualTo(65);

        tasklist.openFilter("My tasks");
        CamundaForm form = tasklist.openTask(coldCall.getId(), "Cold call")
                .waitUntilShown("Contact person")
                .type("Contact person", "Ivan Kuznetsov")
                .choose("Meeting booked");
        // the date field only appears once the outcome is "Meeting booked"; the picker refuses past dates
        form.waitUntilShown("Meeting date").date("Meeting date", LocalDate.now().plusDays(14));
        NetworkLog.clear(chromium.driver());
        tasklist.clickComplete();

        String shown = tasklist.waitForErrorNotification();
        Path screenshot = tasklist.saveEvidence("tasklist-gate-error");
        recordWhatTasklistReceived(shown, screenshot);
        assertThat(shown)
                .as("Tasklist names every missing field in the gate's own words")
                .contains("Contact position is required.", "Contact phone or e-mail is required.")
                .doesNotContain("Contact name is required.")
                .as("no engine internals for a sales manager").doesNotContain("ENGINE-", "TaskListener");
        tasklist.waitUntilTaskIsListed(coldCall.getId(), "Cold call");
        assertThat(taskService.createTaskQuery().taskId(coldCall.getId()).count())
                .as("a refused cold call stays open").isEqualTo(1);
        assertThat(runtimeService.getVariable(deal, "contactName"))
                .as("nothing of the refused submission is kept").isNull();

        tasklist.dismissNotifications();
        form.type("Position", "Procurement director").type("Phone", "+7 495 123-45-67");
        tasklist.clickComplete();

        tasklist.waitUntilTaskLeavesTheList(coldCall.getId(), "Cold call");
        assertThat(taskService.createTaskQuery().taskId(coldCall.getId()).count()).isZero();
        Task meeting = singleTask(deal);
        assertThat(meeting.getTaskDefinitionKey()).isEqualTo("meeting");
        assertThat(meeting.getAssignee()).isEqualTo("anna");
        assertThat(runtimeService.getVariable(deal, "contactPosition")).isEqualTo("Procurement director");
        tasklist.waitUntilTaskIsListed(meeting.getId(), meeting.getName());
    }

    /** Step 2 of the scenario, through the start dialog and the leadIntake start form. */
    private String startDealFromTasklist(String company) {
        tasklist.openStartForm("Deal pipeline")
                .waitUntilShown("Company name")
                .type("Company name", company)
                .select("Lead source", "Referral")
                .type("Responsible manager (user id)", "anna")
                .type("Industry", "Construction");
        tasklist.submitStartForm();
        ProcessInstance deal = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("deal-pipeline")
                .variableValueEquals("companyName", company)
                .singleResult();
        assertThat(deal).as("a deal started from Tasklist for " + company).isNotNull();
        assertThat(runtimeService.getVariable(deal.getId(), "source")).isEqualTo("REFERRAL");
        return deal.getId();
    }

    private Task singleTask(String deal) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(deal).list();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    /**
     * Writes the visible message next to the screenshot together with the webapp REST call that
     * produced it, so the wording can be mapped without rerunning the browser.
     */
    private void recordWhatTasklistReceived(String shown, Path screenshot) throws IOException {
        List<NetworkLog.Response> submissions = NetworkLog.responses(chromium.driver(), "/submit-form");
        String report = "Tasklist showed:\n" + shown + "\n\nScreenshot: " + screenshot + "\n\nREST call:\n"
                + String.join("\n", submissions.stream().map(NetworkLog.Response::toString).toList()) + "\n";
        Files.writeString(TasklistPage.EVIDENCE.resolve("tasklist-gate-error.txt"), report);
        System.out.println(report);
    }
}

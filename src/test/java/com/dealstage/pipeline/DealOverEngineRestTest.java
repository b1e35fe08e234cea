package com.dealstage.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineClock;
import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.Stages;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The real application (webapps, REST, security) driving one deal over HTTP like any client would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DealOverEngineRestTest {

    /** The date format of Camunda's REST API. */
    private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private ManagementService managementService;


    @Test
    void managerDrivesADealThroughEveryStageOverEngineRest() {
        EngineRestClient anna = new EngineRestClient(rest, "anna");
        Instant handOverEarliest = EngineClock.now().toInstant();
        String deal = driveThroughEveryStage(anna);
        Instant handOverLatest = EngineClock.now().toInstant();
        assertThat(EngineRestClient.admin(rest).list("/engine-rest/job?processInstanceId=" + deal))
                .as("the configured 30 days of waiting for the survey result")
                .anySatisfy(job -> assertThat(OffsetDateTime.parse((String) job.get("dueDate"), CAMUNDA_DATE).toInstant())
                        .isBetween(handOverEarliest.plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS),
                                handOverLatest.plus(Duration.ofDays(30)).plusSeconds(1)));
        EngineRestClient helen = new EngineRestClient(rest, "helen");
        Map<?, ?> history = helen.get("/engine-rest/history/process-instance/" + deal).getBody();
        assertThat(history.get("state")).as("the deal lives on for the survey and the repeat sale").isEqualTo("ACTIVE");
        Map<?, ?> won = helen
                .get("/engine-rest/history/activity-instance/count?activityId=dealWon&processInstanceId=" + deal).getBody();
        assertThat(won.get("count")).isEqualTo(1);
        Map<?, ?> surveys = helen.get("/engine-rest/process-instance/count?processDefinitionKey=nps-survey&businessKey="
                + deal).getBody();
        assertThat(surveys.get("count")).as("anna may not start surveys, the hand-over does it for her").isEqualTo(1);
    }

    @Test
    void qualityControlRecordsThePromotersScoreAndTheManagerGetsTheReferralRequest() {
        EngineRestClient anna = new EngineRestClient(rest, "anna");
        EngineRestClient quinn = new EngineRestClient(rest, "quinn");
        String deal = driveThroughEveryStage(anna);
        ProcessInstance survey = runtimeService.createProcessInstanceQuery().processDefinitionKey("nps-survey")
                .processInstanceBusinessKey(deal).singleResult();
        // the survey date lies days ahead: run its timer now instead of waiting for the job executor
        managementService.executeJob(managementService.createJobQuery().processInstanceId(survey.getId())
                .singleResult().getId());
        Number promotersBefore = (Number) nps().get("promoters");

        List<Map<String, Object>> calls = quinn.tasks(survey.getId());
        assertThat(calls).singleElement().extracting(t -> t.get("taskDefinitionKey")).isEqualTo("npsCall");
        assertThat(quinn.complete((String) calls.get(0).get("id"), Map.of("npsScore", 10, "npsComment", "Great"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(anna.tasks(survey.getId())).singleElement().extracting(t -> t.get("taskDefinitionKey"))
                .isEqualTo("referralRequest");
        assertThat(runtimeService.getVariable(deal, "npsCategory")).as("the deal received the result")
                .isEqualTo("PROMOTER");
        assertThat(((Number) nps().get("promoters")).intValue()).isEqualTo(promotersBefore.intValue() + 1);
    }

    @Test
    void refusedCompletionKeepsNoSubmittedValueAsAnAdministratorReadsTheDeal() {
        EngineRestClient anna = new EngineRestClient(rest, "anna");
        EngineRestClient admin = EngineRestClient.admin(rest);
        String deal = anna.startDeal(StageInputs.newClientLead());
        String taskId = (String) anna.tasks(deal).get(0).get("id");
        Map<String, Object> incomplete = new HashMap<>(StageInputs.forward("coldCall"));
        incomplete.remove("contactPosition");

        assertThat(anna.complete(taskId, incomplete).getStatusCode().value()).isEqualTo(422);
        ResponseEntity<String> overApi = rest.withBasicAuth("anna", "anna")
                .postForEntity("/api/tasks/" + taskId + "/complete", incomplete, String.class);
        assertThat(overApi.getStatusCode().value()).isEqualTo(422);

        ResponseEntity<Map> variables = admin.get("/engine-rest/process-instance/" + deal + "/variables");
        assertThat(variables.getStatusCode()).as("the administrator may read the deal").isEqualTo(HttpStatus.OK);
        assertThat(variables.getBody()).as("the lead is there, nothing of the refused submissions")
                .containsKeys("companyName", "manager")
                .doesNotContainKeys("contactName", "contactPhone", "outcome", "meetingDate");
        assertThat(admin.tasks(deal)).singleElement().satisfies(task -> {
            assertThat(task.get("id")).isEqualTo(taskId);
            assertThat(task.get("taskDefinitionKey")).isEqualTo("coldCall");
        });
    }

    @Test
    void unsignedActsAreDueTheConfiguredFourteenDaysAfterFulfilment() {
        EngineRestClient anna = new EngineRestClient(rest, "anna");
        String deal = driveTo(anna, "fulfilmentActs");
        Map<String, Object> acts = anna.tasks(deal).get(0);
        LocalDate fulfilled = LocalDate.parse((String) EngineRestClient.admin(rest)
                .get("/engine-rest/process-instance/" + deal + "/variables/fulfilmentDate").getBody().get("value"));
        assertThat(OffsetDateTime.parse((String) acts.get("due"), CAMUNDA_DATE).toInstant())
                .isEqualTo(EngineClock.at(fulfilled.atStartOfDay()).toInstant().plus(Duration.ofDays(14)));
    }

    @Test
    void qualityControlDoesNotSeeTheManagersDealTasks() {
        String deal = new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead());
        assertThat(new EngineRestClient(rest, "quinn").tasks(deal)).isEmpty();
        assertThat(new EngineRestClient(rest, "helen").tasks(deal)).as("heads of sales see every task").hasSize(1);
    }

    @Test
    void engineRestRefusesAnonymousCallers() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void tasklistHealthAndApiDescriptionAreServed() {
        assertThat(rest.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForObject("/v3/api-docs", String.class))
                .contains("Dealstage API", "/api/tasks/{taskId}/complete", "/api/deals");
    }

    private static String driveThroughEveryStage(EngineRestClient anna) {
        return driveTo(anna, null);
    }

    /** A client of its own, so that survey fatigue and the one-open-deal rule never see another test's deals. */
    private static String driveTo(EngineRestClient anna, String lastStage) {
        Map<String, Object> lead = new HashMap<>(StageInputs.newClientLead());
        lead.put("companyName", "Stroymontazh " + UUID.randomUUID());
        lead.remove("companyTaxId");
        String deal = anna.startDeal(lead);
        for (String stage : Stages.HAPPY_PATH) {
            if (stage.equals(lastStage)) {
                break;
            }
            List<Map<String, Object>> tasks = anna.tasks(deal);
            assertThat(tasks).singleElement().extracting(t -> t.get("taskDefinitionKey")).isEqualTo(stage);
            assertThat(anna.complete((String) tasks.get(0).get("id"), StageInputs.forward(stage)).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }
        return deal;
    }

    private Map<?, ?> nps() {
        String today = EngineClock.today().toString();
        return new EngineRestClient(rest, "helen").get("/api/nps?from=" + today + "&to=" + today).getBody();
    }
}

package com.dealstage.survey;

import static com.dealstage.testsupport.StageInputs.forward;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.dealstage.testsupport.Deals;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.Stages;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After delivery with a moving clock: closing documents, the survey quality control calls, its follow-ups, and
 * the repeat sale. Fulfilment is on 2026-12-20 (StageInputs); the rules survey 3 days later.
 */
class AfterDeliveryProcessTest {

    private static AfterSalesTestEngine afterSales;
    private static RuntimeService runtime;

    @BeforeAll
    static void createEngine() {
        afterSales = AfterSalesTestEngine.create();
        runtime = afterSales.engine().getRuntimeService();
    }

    @BeforeEach
    void startOnTheDayAfterFulfilment() {
        BpmnAwareTests.init(afterSales.engine());
        afterSales.reset();
        clock(2026, 12, 21, 10);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void signedActsBringTheSurveyTaskToQualityControlAfterTheDelay() {
        ProcessInstance deal = deliver(StageInputs.leadIntake(), "2026-12-20");
        assertThat(deal).hasPassedInOrder("recordFulfilmentAct", "dealWon", "handOverAfterSales")
                .isWaitingAt("awaitSurveyResult");
        ProcessInstance survey = surveyOf(deal);
        assertThat(survey).isWaitingAt("surveyDateReached");

        clock(2026, 12, 22, 23);
        afterSales.runDueJobs();
        assertThat(survey).isWaitingAt("surveyDateReached");

        clock(2026, 12, 23, 0);
        afterSales.runDueJobs();
        assertThat(survey).isWaitingAt("npsCall");
        assertThat(task(survey)).hasCandidateGroup("quality-control").isNotAssigned();
        assertThat(survey).variables().containsEntry("companyName", "Stroymontazh LLC").containsEntry("manager", "anna");
    }

    @Test
    void secondDeliveryToTheSameClientWithin90DaysCreatesNoSecondSurvey() {
        ProcessInstance first = deliver(StageInputs.leadIntake(), "2026-12-20");
        Map<String, Object> sameCompany = new HashMap<>(StageInputs.leadIntake());
        sameCompany.put("companyName", "OOO «Stroymontazh»");
        ProcessInstance second = deliver(sameCompany, "2027-03-15");

        assertThat(second).hasPassed("handOverAfterSales").hasNotPassed("awaitSurveyResult")
                .isWaitingAt("waitForRepeatSale");
        assertThat(second).variables().containsEntry("surveyPlanned", false);
        assertThat(surveysOf(second)).isEmpty();
        assertThat(surveysOf(first)).hasSize(1);
    }

    @Test
    void scoreOf3CreatesAFollowUpForTheManagerDueIn48Hours() {
        ProcessInstance survey = surveyCallFor(deliver(StageInputs.leadIntake(), "2026-12-20"));
        clock(2026, 12, 23, 11);
        complete(task(survey), Map.of("npsScore", 3, "npsComment", "Delivery was late and nobody called"));

        assertThat(survey).isWaitingAt("detractorFollowUp");
        Task followUp = task(survey);
        assertThat(followUp).isAssignedTo("anna").hasCandidateGroupAssociated("sales-heads");
        assertThat(followUp.getDueDate()).isEqualTo(at(2026, 12, 25, 11));
        assertThat(afterSales.jdbc().sql("select category from nps_survey where id = :id")
                .param("id", survey.getId()).query(String.class).single()).isEqualTo("DETRACTOR");
    }

    @Test
    void scoreOf10CreatesAReferralRequestWhoseReferralsStartNewDeals() {
        ProcessInstance deal = deliver(StageInputs.leadIntake(), "2026-12-20");
        ProcessInstance survey = surveyCallFor(deal);
        complete(task(survey), Map.of("npsScore", 10, "npsComment", "Best supplier we have"));
        assertThat(survey).isWaitingAt("referralRequest");
        assertThat(task(survey)).isAssignedTo("anna");

        complete(task(survey), Map.of("referral1Company", "Teplostroy LLC", "referral1Contact", "Olga Belova",
                "referral1Phone", "+7 495 000-11-22", "referral2Company", "Severtrade", "referral3Company", " "));

        assertThat(survey).isEnded().hasPassed("startReferralDeals");
        List<ProcessInstance> referred = runtime.createProcessInstanceQuery().processDefinitionKey(Stages.DEAL_PIPELINE)
                .variableValueEquals("referredByDealId", deal.getId()).list();
        assertThat(referred).hasSize(2);
        for (ProcessInstance referral : referred) {
            assertThat(referral).isWaitingAt("coldCall").variables().containsEntry("source", "REFERRAL")
                    .containsEntry("manager", "anna").containsEntry("referredByCompanyName", "Stroymontazh LLC")
                    .containsEntry("referredByCompanyTaxId", "7707083893");
        }
        assertThat(referred).extracting(r -> runtime.getVariable(r.getId(), "companyName"))
                .containsExactlyInAnyOrder("Teplostroy LLC", "Severtrade");
    }

    @Test
    void repeatSaleTimerLeadsToTheRepeatSaleCallWhichStartsALinkedDeal() {
        ProcessInstance deal = deliver(StageInputs.leadIntake(), "2026-12-20");
        complete(task(surveyCallFor(deal)), Map.of("npsScore", 9, "npsComment", "Good"));
        assertThat(deal).hasPassed("surveyResultReceived", "planRepeatSale").isWaitingAt("waitForRepeatSale");

        clock(2027, 1, 18, 23);
        afterSales.runDueJobs();
        assertThat(deal).isWaitingAt("waitForRepeatSale");
        clock(2027, 1, 19, 0);
        afterSales.runDueJobs();
        assertThat(deal).isWaitingAt("repeatSaleCall");
        assertThat(task(deal)).isAssignedTo("anna");

        complete(task(deal), Map.of("offer", "Service contract for the ventilation units", "outcome", "REPEAT_DEAL"));
        assertThat(deal).isEnded().hasPassed("startRepeatDeal", "repeatDealStarted");
        ProcessInstance repeat = runtime.createProcessInstanceQuery()
                .variableValueEquals("previousDealId", deal.getId()).singleResult();
        assertThat(repeat).isWaitingAt("coldCall").variables().containsEntry("source", "REPEAT")
                .containsEntry("companyName", "Stroymontazh LLC").containsEntry("companyTaxId", "7707083893")
                .containsEntry("manager", "anna");
    }

    @Test
    void promoterIsCalledForTheRepeatSaleSoonerThanAPassiveClient() {
        Map<String, Object> otherClient = new HashMap<>(StageInputs.leadIntake());
        otherClient.putAll(Map.of("companyName", "Severtrade", "companyTaxId", "7802000008"));
        ProcessInstance promoter = deliver(StageInputs.leadIntake(), "2026-12-20");
        ProcessInstance passive = deliver(otherClient, "2026-12-20");
        complete(task(surveyCallFor(promoter)), Map.of("npsScore", 10, "npsComment", "Great"));
        complete(task(surveyCallFor(passive)), Map.of("npsScore", 8, "npsComment", "Fine"));

        assertThat(runtime.getVariable(promoter.getId(), "repeatSaleDate")).isEqualTo(at(2027, 1, 19, 0));
        assertThat(runtime.getVariable(passive.getId(), "repeatSaleDate")).isEqualTo(at(2027, 3, 20, 0));
    }

    @Test
    void withoutASurveyResultTheRepeatSaleIsPlannedAnywayAndNotNowWaitsForTheNextContactDate() {
        ProcessInstance deal = deliver(StageInputs.leadIntake(), "2026-12-20");
        clock(2027, 1, 21, 11);
        afterSales.runDueJobs();
        assertThat(deal).hasPassed("surveyResultOverdue").hasNotPassed("surveyResultReceived");
        assertThat(runtime.getVariable(deal.getId(), "repeatSaleDate")).isEqualTo(at(2027, 3, 20, 0));

        clock(2027, 3, 20, 9);
        afterSales.runDueJobs();
        complete(task(deal), Map.of("offer", "Filters", "outcome", "NOT_NOW", "nextContactDate", "2027-05-10"));
        assertThat(deal).isWaitingAt("waitForNextContact");
        clock(2027, 5, 9, 23);
        afterSales.runDueJobs();
        assertThat(deal).isWaitingAt("waitForNextContact");
        clock(2027, 5, 10, 0);
        afterSales.runDueJobs();
        assertThat(deal).isWaitingAt("repeatSaleCall");
    }

    @Test
    void unsignedActsPastTheLimitCreateTheEscalationTaskForSalesHeads() {
        ProcessInstance deal = Deals.driveTo("fulfilmentActs");
        assertThat(task(deal).getDueDate()).isEqualTo(at(2027, 1, 3, 0));
        clock(2027, 1, 2, 23);
        afterSales.runDueJobs();
        assertThat(deal).isNotWaitingAt("actsEscalation");

        clock(2027, 1, 3, 8);
        afterSales.runDueJobs();
        assertThat(deal).isWaitingAt("fulfilmentActs", "actsEscalation");
        Task escalation = BpmnAwareTests.taskQuery().processInstanceId(deal.getId())
                .taskDefinitionKey("actsEscalation").singleResult();
        assertThat(escalation).hasCandidateGroup("sales-heads").isNotAssigned();
    }

    @Test
    void severalActsAreRecordedOneByOneBeforeTheHandOver() {
        ProcessInstance deal = Deals.driveTo("fulfilmentActs");
        Map<String, Object> firstAct = new HashMap<>(forward("fulfilmentActs"));
        firstAct.put("moreActsToSign", true);
        complete(task(deal), firstAct);
        assertThat(deal).isWaitingAt("fulfilmentActs").variables().doesNotContainKeys("actType", "actNumber");

        complete(task(deal), Map.of("actType", "COMPLETED_WORKS_ACT", "actNumber", "AKT-77",
                "actSignedDate", "2026-12-21", "actSignedBy", "Ivan Kuznetsov"));
        assertThat(deal).hasPassed("dealWon").variables().containsEntry("signedActs", 2);
        assertThat(afterSales.jdbc().sql("select act_number from fulfilment_act where deal_id = :deal order by id")
                .param("deal", deal.getId()).query(String.class).list()).containsExactly("TN-2211", "AKT-77");
    }

    /** Drives a deal for this lead through every stage, fulfilled on {@code fulfilmentDate}, acts signed. */
    private static ProcessInstance deliver(Map<String, Object> lead, String fulfilmentDate) {
        ProcessInstance deal = runtime.startProcessInstanceByKey(Stages.DEAL_PIPELINE, lead);
        for (String stage : Stages.HAPPY_PATH) {
            Map<String, Object> input = new HashMap<>(forward(stage));
            if (stage.equals("fulfilment")) {
                input.put("fulfilmentDate", fulfilmentDate);
            }
            complete(task(deal), input);
        }
        return deal;
    }

    /** Moves the clock to the survey date of a deal fulfilled on 2026-12-20 and returns the survey at npsCall. */
    private static ProcessInstance surveyCallFor(ProcessInstance deal) {
        clock(2026, 12, 23, 10);
        afterSales.runDueJobs();
        ProcessInstance survey = surveyOf(deal);
        assertThat(survey).isWaitingAt("npsCall");
        return survey;
    }

    private static ProcessInstance surveyOf(ProcessInstance deal) {
        List<ProcessInstance> surveys = surveysOf(deal);
        assertThat(surveys).hasSize(1);
        return surveys.get(0);
    }

    private static List<ProcessInstance> surveysOf(ProcessInstance deal) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("nps-survey")
                .processInstanceBusinessKey(deal.getId()).list();
    }

    private static void clock(int year, int month, int day, int hour) {
        ClockUtil.setCurrentTime(at(year, month, day, hour));
    }

    private static Date at(int year, int month, int day, int hour) {
        return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}

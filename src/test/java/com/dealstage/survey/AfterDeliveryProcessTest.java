package com.dealstage.survey;

import static com.dealstage.testsupport.StageInputs.forward;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.dealstage.testsupport.Deals;
import com.dealstage.testsupport.EngineClock;
import com.dealstage.testsupport.MovesEngineClock;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.Stages;
import java.time.LocalDateTime;
import java.time.ZoneId;
import com.dealstage.testsupport.TaxNumbers;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After delivery with a moving clock: closing documents, the survey quality control calls, its follow-ups, and
 * the repeat sale. Every deal is delivered on {@link #DELIVERED}, the day the tests run; the rules survey 3 days
 * later. Every date below is counted from it.
 */
@MovesEngineClock
class AfterDeliveryProcessTest {

    private static final LocalDate DELIVERED = EngineClock.today();
    private static AfterSalesTestEngine afterSales;
    private static RuntimeService runtime;

    @BeforeAll
    static void createEngine() {
        afterSales = AfterSalesTestEngine.create();
        runtime = afterSales.engine().getRuntimeService();
    }

    @AfterAll
    static void closeEngine() {
        afterSales.engine().close();
    }

    @BeforeEach
    void startOnTheDayOfDelivery() {
        BpmnAwareTests.init(afterSales.engine());
        afterSales.reset();
        clock(0, 10);
    }

    @Test
    void signedActsBringTheSurveyTaskToQualityControlAfterTheDelay() {
        ProcessInstance deal = deliver(StageInputs.leadIntake(), DELIVERED);
        assertThat(deal).hasPassedInOrder("recordFulfilmentAct", "dealWon", "handOverAfterSales")
                .isWaitingAt("awaitSurveyResult");
        ProcessInstance survey = surveyOf(deal);
        assertThat(survey).isWaitingAt("surveyDateReached");

        clock(2, 23);
        afterSales.runDueJobs();
        assertThat(survey).isWaitingAt("surveyDateReached");

        clock(3, 0);
        afterSales.runDueJobs();
        assertThat(survey).isWaitingAt("npsCall");
        assertThat(task(survey)).hasCandidateGroup("quality-control").isNotAssigned();
        assertThat(survey).variables().containsEntry("companyName", "Stroymontazh LLC").containsEntry("manager", "anna");
    }

    @Test
    void secondDeliveryToTheSameClientWithin90DaysCreatesNoSecondSurvey() {
        ProcessInstance first = deliver(StageInputs.leadIntake(), DELIVERED);
        Map<String, Object> sameCompany = new HashMap<>(StageInputs.leadIntake());
        sameCompany.put("companyName", "OOO «Stroymontazh»");
        ProcessInstance second = deliver(sameCompany, DELIVERED.plusDays(85));

        assertThat(second).hasPassed("handOverAfterSales").hasNotPassed("awaitSurveyResult")
                .isWaitingAt("waitForRepeatSale");
        assertThat(second).variables().containsEntry("surveyPlanned", false);
        assertThat(surveysOf(second)).isEmpty();
        assertThat(surveysOf(first)).hasSize(1);
    }

    @Test
    void scoreOf3CreatesAFollowUpForTheManagerDueIn48Hours() {
        ProcessInstance survey = surveyCallFor(deliver(StageInputs.leadIntake(), DELIVERED));
        clock(3, 11);
        complete(task(survey), Map.of("npsScore", 3, "npsComment", "Delivery was late and nobody called"));

        assertThat(survey).isWaitingAt("detractorFollowUp");
        Task followUp = task(survey);
        assertThat(followUp).isAssignedTo("anna").hasCandidateGroupAssociated("sales-heads");
        assertThat(followUp.getDueDate()).isEqualTo(at(5, 11));
        assertThat(afterSales.jdbc().sql("select category from nps_survey where id = :id")
                .param("id", survey.getId()).query(String.class).single()).isEqualTo("DETRACTOR");
    }

    @Test
    void scoreOf10CreatesAReferralRequestWhoseReferralsStartNewDeals() {
        ProcessInstance deal = deliver(StageInputs.leadIntake(), DELIVERED);
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
        ProcessInstance deal = deliver(StageInputs.leadIntake(), DELIVERED);
        complete(task(surveyCallFor(deal)), Map.of("npsScore", 9, "npsComment", "Good"));
        assertThat(deal).hasPassed("surveyResultReceived", "planRepeatSale").isWaitingAt("waitForRepeatSale");

        clock(29, 23);
        afterSales.runDueJobs();
        assertThat(deal).isWaitingAt("waitForRepeatSale");
        clock(30, 0);
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
        otherClient.putAll(Map.of("companyName", "Severtrade", "companyTaxId", TaxNumbers.SEVERTRADE));
        ProcessInstance promoter = deliver(StageInputs.leadIntake(), DELIVERED);
        ProcessInstance passive = deliver(otherClient, DELIVERED);
        complete(task(surveyCallFor(promoter)), Map.of("npsScore", 10, "npsComment", "Great"));
        complete(task(surveyCallFor(passive)), Map.of("npsScore", 8, "npsComment", "Fine"));

        assertThat(runtime.getVariable(promoter.getId(), "repeatSaleDate")).isEqualTo(at(30, 0));
        assertThat(runtime.getVariable(passive.getId(), "repeatSaleDate")).isEqualTo(threeMonthsLater(0));
    }

    @Test
    void withoutASurveyResultTheRepeatSaleIsPlannedAnywayAndNotNowWaitsForTheNextContactDate() {
        LocalDate nextContact = DELIVERED.plusMonths(3).plusDays(51);
        ProcessInstance deal = deliver(StageInputs.leadIntake(), DELIVERED);
        clock(32, 11);
        afterSales.runDueJobs();
        assertThat(deal).hasPassed("surveyResultOverdue").hasNotPassed("surveyResultReceived");
        assertThat(runtime.getVariable(deal.getId(), "repeatSaleDate")).isEqualTo(threeMonthsLater(0));

        EngineClock.set(DELIVERED.plusMonths(3).atTime(9, 0));
        afterSales.runDueJobs();
        complete(task(deal), Map.of("offer", "Filters", "outcome", "NOT_NOW", "nextContactDate", nextContact.toString()));
        assertThat(deal).isWaitingAt("waitForNextContact");
        EngineClock.set(nextContact.minusDays(1).atTime(23, 0));
        afterSales.runDueJobs();
        assertThat(deal).isWaitingAt("waitForNextContact");
        EngineClock.set(nextContact.atStartOfDay());
        afterSales.runDueJobs();
        assertThat(deal).isWaitingAt("repeatSaleCall");
    }

    @Test
    void unsignedActsPastTheLimitCreateTheEscalationTaskForSalesHeads() {
        ProcessInstance deal = Deals.driveTo("fulfilmentActs");
        assertThat(task(deal).getDueDate()).isEqualTo(at(14, 0));
        clock(13, 23);
        afterSales.runDueJobs();
        assertThat(deal).isNotWaitingAt("actsEscalation");

        clock(14, 8);
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
                "actSignedDate", DELIVERED.toString(), "actSignedBy", "Ivan Kuznetsov"));
        assertThat(deal).hasPassed("dealWon").variables().containsEntry("signedActs", 2);
        assertThat(afterSales.jdbc().sql("select act_number from fulfilment_act where deal_id = :deal order by id")
                .param("deal", deal.getId()).query(String.class).list()).containsExactly("TN-2211", "AKT-77");
    }

    /** Drives a deal for this lead through every stage, fulfilled on {@code fulfilmentDate}, acts signed. */
    private static ProcessInstance deliver(Map<String, Object> lead, LocalDate fulfilmentDate) {
        ProcessInstance deal = runtime.startProcessInstanceByKey(Stages.DEAL_PIPELINE, lead);
        for (String stage : Stages.HAPPY_PATH) {
            Map<String, Object> input = new HashMap<>(forward(stage));
            if (stage.equals("fulfilment")) {
                input.put("fulfilmentDate", fulfilmentDate.toString());
            }
            complete(task(deal), input);
        }
        return deal;
    }

    /** Moves the clock to the survey date of a deal delivered on DELIVERED and returns the survey at npsCall. */
    private static ProcessInstance surveyCallFor(ProcessInstance deal) {
        clock(3, 10);
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

    /** The engine clock at that hour, that many days after the delivery. */
    private static void clock(int daysAfterDelivery, int hour) {
        EngineClock.set(DELIVERED.plusDays(daysAfterDelivery).atTime(hour, 0));
    }

    private static Date at(int daysAfterDelivery, int hour) {
        return EngineClock.at(DELIVERED.plusDays(daysAfterDelivery).atTime(hour, 0));
    }

    private static Date threeMonthsLater(int hour) {
        return EngineClock.at(DELIVERED.plusMonths(3).atTime(hour, 0));
    }
}

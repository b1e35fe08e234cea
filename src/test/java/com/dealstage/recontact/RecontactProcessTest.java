package com.dealstage.recontact;

import static com.dealstage.testsupport.StageInputs.forward;
import static com.dealstage.testsupport.StageInputs.rejection;
import static com.dealstage.testsupport.StageInputs.rejectionAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.dealstage.testsupport.Deals;
import com.dealstage.testsupport.EngineClock;
import com.dealstage.testsupport.MovesEngineClock;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.TaxNumbers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rejection row of deal-pipeline on the engine clock: policy, durable timer, re-contact call, and back. */
@MovesEngineClock
class RecontactProcessTest {

    /** The day the tests run, as a whole second: the engine clock keeps milliseconds only. */
    private static final ZonedDateTime NOW = EngineClock.now().toInstant().atZone(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.SECONDS);
    private static RecontactTestEngine fixture;

    @BeforeAll
    static void startEngine() {
        fixture = RecontactTestEngine.start();
    }

    @AfterAll
    static void stopEngine() {
        fixture.close();
    }

    @BeforeEach
    void freshDay() {
        BpmnAwareTests.init(fixture.engine());
        fixture.forgetRejections();
        ensureUser("anna");
        EngineClock.set(Date.from(NOW.toInstant()));
    }

    @Test
    void noBudgetRejectionWaitsForATimerDueTwoToThreeMonthsLater() {
        ProcessInstance deal = Deals.driveTo("proposal");
        complete(task(deal), rejection("NO_BUDGET"));

        assertThat(deal).isWaitingAt("recontactDue").hasPassed("rejectionMerge", "planRecontact");
        assertThat(deal).hasNotPassed("leadClosed");
        Instant due = job(deal).getDuedate().toInstant();
        assertThat(due).isAfterOrEqualTo(NOW.plusMonths(2).toInstant()).isBeforeOrEqualTo(NOW.plusMonths(3).toInstant());
        assertThat(jobQuery().processInstanceId(deal.getId()).executable().count()).as("not due yet").isZero();
        assertThat(fixture.recordedRejections()).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("deal_id", deal.getId()).containsEntry("stage", "proposal")
                    .containsEntry("reason_code", "NO_BUDGET").containsEntry("manager", "anna")
                    .containsEntry("company_name", "Stroymontazh LLC").containsEntry("company_key", "inn:7707083893")
                    .containsEntry("rejection_comment", "Client said so on the phone");
            assertThat(instant(row.get("recontact_due"))).as("stored as the timer's instant").isEqualTo(due);
            assertThat(instant(row.get("rejected_at"))).isEqualTo(NOW.toInstant());
        });
    }

    @Test
    void whenTheTimerFiresTheManagerGetsTheRecontactCall() {
        ProcessInstance deal = rejectedAtColdCall("NO_BUDGET");
        fireRecontactTimer(deal);

        assertThat(deal).isWaitingAt("recontactCall");
        assertThat(task(deal)).isAssignedTo("anna");
        assertThat(taskService().getIdentityLinksForTask(task(deal).getId()))
                .as("colleagues can still take it over").anyMatch(link -> "sales-managers".equals(link.getGroupId()));
        assertThat(deal).variables().containsEntry("earlierRejectionReason", "NO_BUDGET")
                .containsKey("recontactAction").doesNotContainKey("rejectionReason");
    }

    @Test
    void whenTheManagerHasLeftTheCallGoesToTheSalesManagersGroup() {
        ensureUser("boris");
        Map<String, Object> lead = new HashMap<>(StageInputs.leadIntake());
        lead.put("manager", "boris");
        ProcessInstance deal = runtimeService().startProcessInstanceByKey("deal-pipeline", lead);
        complete(task(deal), rejectionAt("coldCall", "HAS_SUPPLIER"));
        identity().deleteUser("boris"); // leaves the company while the lead waits

        fireRecontactTimer(deal);

        assertThat(task(deal)).isNotAssigned().hasCandidateGroup("sales-managers");
    }

    @Test
    void backInPipelineContinuesTheSameDealAtTheMeetingWithItsHistory() {
        ProcessInstance deal = rejectedAtColdCall("NO_BUDGET");
        fireRecontactTimer(deal);
        complete(task(deal), Map.of("outcome", "BACK_IN_PIPELINE", "recontactNotes", "New budget from April"));

        assertThat(deal).isWaitingAt("meeting").hasPassedInOrder("coldCall", "planRecontact", "recontactCall");
        assertThat(task(deal).getProcessInstanceId()).as("the same deal, not a new one").isEqualTo(deal.getId());
        assertThat(deal).variables().containsEntry("contactName", "Ivan Kuznetsov")
                .containsEntry("recontactNotes", "New budget from April").containsEntry("companyName", "Stroymontazh LLC");
        complete(task(deal), forward("meeting"));
        assertThat(deal).isWaitingAt("proposal");
    }

    @Test
    void aRejectionAtTheRecontactCallAppliesThePolicyAgain() {
        ProcessInstance deal = rejectedAtColdCall("NO_BUDGET");
        fireRecontactTimer(deal);
        Instant secondRejection = EngineClock.now().toInstant();
        complete(task(deal), rejection("HAS_SUPPLIER"));

        assertThat(deal).isWaitingAt("recontactDue").variables().containsEntry("refusalCount", 2);
        assertThat(job(deal).getDuedate().toInstant()).isEqualTo(secondRejection.atZone(ZoneOffset.UTC).plusDays(60).toInstant());
        assertThat(fixture.recordedRejections()).extracting(row -> row.get("stage"), row -> row.get("reason_code"))
                .containsExactly(tuple("coldCall", "NO_BUDGET"),
                        tuple("recontactCall", "HAS_SUPPLIER"));
    }

    @Test
    void theThirdRefusalSetsNoTimerAndClosesTheLead() {
        ProcessInstance deal = rejectedAtColdCall("NO_BUDGET");
        fireRecontactTimer(deal);
        complete(task(deal), rejection("PRICE_TOO_HIGH"));
        fireRecontactTimer(deal);
        complete(task(deal), rejection("NOT_INTERESTED"));

        assertThat(deal).isEnded().hasPassed("leadClosed");
        assertThat(jobQuery().processInstanceId(deal.getId()).count()).isZero();
        assertThat(fixture.recordedRejections()).hasSize(3).last()
                .satisfies(row -> assertThat(row.get("recontact_due")).isNull());
    }

    @Test
    void refusalsOfTheSameCompanyInEarlierDealsCount() {
        rejectedAtColdCall("NO_BUDGET");
        rejectedAtColdCall("DELIVERY_TERMS");
        ProcessInstance third = rejectedAtColdCall("HAS_SUPPLIER");
        assertThat(third).isEnded().hasPassed("leadClosed").hasNotPassed("recontactDue");
    }

    @Test
    void refusalsAreCountedByTheCompanyNameWhenOnlyOneDealCarriesTheTaxNumber() {
        rejectedAtColdCall("NO_BUDGET");
        Map<String, Object> withoutTaxNumber = new HashMap<>(StageInputs.leadIntake());
        withoutTaxNumber.remove("companyTaxId");
        withoutTaxNumber.put("companyName", "OOO «Stroymontazh»");
        ProcessInstance second = rejectedAtColdCall(withoutTaxNumber, "HAS_SUPPLIER");
        assertThat(second).isWaitingAt("recontactDue").variables().containsEntry("refusalCount", 2);

        ProcessInstance third = rejectedAtColdCall(StageInputs.leadIntake(), "PRICE_TOO_HIGH");

        assertThat(third).isEnded().hasPassed("leadClosed").variables().containsEntry("refusalCount", 3);
    }

    @Test
    void differentTaxNumbersAreDifferentCompaniesDespiteTheSameName() {
        rejectedAtColdCall("NO_BUDGET");
        Map<String, Object> namesake = new HashMap<>(StageInputs.leadIntake());
        namesake.put("companyTaxId", TaxNumbers.SEVERTRADE);

        ProcessInstance other = rejectedAtColdCall(namesake, "NO_BUDGET");

        assertThat(other).variables().containsEntry("refusalCount", 1);
    }

    private static ProcessInstance rejectedAtColdCall(String reason) {
        return rejectedAtColdCall(StageInputs.leadIntake(), reason);
    }

    private static ProcessInstance rejectedAtColdCall(Map<String, Object> lead, String reason) {
        ProcessInstance deal = runtimeService().startProcessInstanceByKey("deal-pipeline", lead);
        complete(task(deal), rejectionAt("coldCall", reason));
        return deal;
    }

    /** Moves the engine clock past the due date, as the months pass, and runs the timer's job. */
    private static void fireRecontactTimer(ProcessInstance deal) {
        assertThat(deal).isWaitingAt("recontactDue");
        Date due = job(deal).getDuedate();
        EngineClock.set(new Date(due.getTime() + 60_000));
        assertThat(jobQuery().processInstanceId(deal.getId()).executable().count()).as("timer due").isOne();
        execute(job(deal));
    }

    private static IdentityService identity() {
        return fixture.engine().getIdentityService();
    }

    private static void ensureUser(String id) {
        if (identity().createUserQuery().userId(id).count() == 0) {
            identity().saveUser(identity().newUser(id));
        }
    }

    /** H2 returns TIMESTAMP WITH TIME ZONE as OffsetDateTime. */
    private static Instant instant(Object stored) {
        return ((java.time.OffsetDateTime) stored).toInstant();
    }
}

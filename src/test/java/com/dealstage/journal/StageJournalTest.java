package com.dealstage.journal;

import static com.dealstage.testsupport.StageInputs.rejectionAt;
import static com.dealstage.testsupport.StageInputs.withOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.ApiDeals;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.Stages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stage journal in the running application: deals driven over /api leave exactly one row per stage entered,
 * closed when the stage is left, and nothing for a step the engine did not take.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StageJournalTest {

    @Autowired private TestRestTemplate rest;
    @Autowired private StageJournal journal;
    @Autowired private TaskService tasks;
    @Autowired private RuntimeService runtime;
    @Autowired private ManagementService management;
    @Autowired private PlatformTransactionManager transactions;

    @Test
    void aDealThroughTheHappyPathHasOneRowPerStage() {
        ApiDeals deals = new ApiDeals(rest);
        String deal = deals.start(ApiDeals.lead());
        Stages.HAPPY_PATH.forEach(stage -> deals.forward(deal, stage));

        assertThat(JournalRowsOf.deal(journal, deal)).containsExactly(
                "deal-pipeline leadIntake COMPLETED",
                "deal-pipeline coldCall COMPLETED MEETING_BOOKED",
                "deal-pipeline meeting COMPLETED NEEDS_CONFIRMED 1200000.00",
                "deal-pipeline proposal COMPLETED ACCEPTED 1150000.00",
                "deal-pipeline closing COMPLETED AGREED 1100000.00",
                "deal-pipeline contract COMPLETED 1100000.00",
                "deal-pipeline payment COMPLETED PAID 1100000.00",
                "deal-pipeline fulfilment COMPLETED 1100000.00",
                "deal-pipeline fulfilmentActs COMPLETED 1100000.00",
                "nps-survey surveyRequested COMPLETED");
        JournalRowsOf.assertConsistent(journal.of(deal), deal, "anna");
    }

    @Test
    void aRejectionAndItsRecontactAreJournaled() {
        ApiDeals deals = new ApiDeals(rest);
        String deal = deals.start(ApiDeals.lead());
        deals.forward(deal, "coldCall");
        assertThat(deals.complete(deal, "meeting", rejectionAt("meeting", "NO_BUDGET"))).isEqualTo(204);
        // the re-contact date is months away: the timer is fired by hand, as the job executor would on that day
        management.executeJob(management.createJobQuery().processInstanceId(deal).timers().singleResult().getId());
        assertThat(deals.complete(deal, "recontactCall", Map.of("outcome", "BACK_IN_PIPELINE",
                "recontactNotes", "New budget approved in March"))).isEqualTo(204);

        assertThat(JournalRowsOf.deal(journal, deal)).containsExactly(
                "deal-pipeline leadIntake COMPLETED",
                "deal-pipeline coldCall COMPLETED MEETING_BOOKED",
                "deal-pipeline meeting COMPLETED REJECTED NO_BUDGET",
                "deal-pipeline recontactCall COMPLETED BACK_IN_PIPELINE",
                "deal-pipeline meeting open");
        JournalRowsOf.assertConsistent(journal.of(deal), deal, "anna");
    }

    @Test
    void aLoopThroughObjectionsGivesARowPerPass() {
        ApiDeals deals = new ApiDeals(rest);
        String deal = deals.start(ApiDeals.lead());
        deals.forward(deal, "coldCall");
        deals.forward(deal, "meeting");
        assertThat(deals.complete(deal, "proposal", withOutcome("proposal", "OBJECTIONS"))).isEqualTo(204);
        assertThat(deals.complete(deal, "objections", withOutcome("objections", "OBJECTIONS_REMAIN"))).isEqualTo(204);
        assertThat(deals.complete(deal, "objections", withOutcome("objections", "REVISE_PROPOSAL"))).isEqualTo(204);
        Map<String, Object> revised = new HashMap<>(withOutcome("proposal", "ACCEPTED"));
        revised.put("proposalAmount", 990_000);
        assertThat(deals.complete(deal, "proposal", revised)).isEqualTo(204);

        assertThat(JournalRowsOf.deal(journal, deal)).containsExactly(
                "deal-pipeline leadIntake COMPLETED",
                "deal-pipeline coldCall COMPLETED MEETING_BOOKED",
                "deal-pipeline meeting COMPLETED NEEDS_CONFIRMED 1200000.00",
                "deal-pipeline proposal COMPLETED OBJECTIONS 1150000.00",
                "deal-pipeline objections COMPLETED OBJECTIONS_REMAIN 1150000.00",
                "deal-pipeline objections COMPLETED REVISE_PROPOSAL 1150000.00",
                "deal-pipeline proposal COMPLETED ACCEPTED 990000.00",
                "deal-pipeline closing open 990000.00");
        JournalRowsOf.assertConsistent(journal.of(deal), deal, "anna");
    }

    @Test
    void aRefusedCompletionWritesNoRow() {
        ApiDeals deals = new ApiDeals(rest);
        String deal = deals.start(ApiDeals.lead());
        List<String> before = JournalRowsOf.deal(journal, deal);

        Map<String, Object> noPosition = new HashMap<>(StageInputs.forward("coldCall"));
        noPosition.remove("contactPosition");
        assertThat(deals.complete(deal, "coldCall", noPosition)).isEqualTo(422);

        assertThat(JournalRowsOf.deal(journal, deal)).isEqualTo(before)
                .containsExactly("deal-pipeline leadIntake COMPLETED", "deal-pipeline coldCall open");
        assertThat(deals.openTask(deal).get("stage")).isEqualTo("coldCall");
    }

    @Test
    void aRolledBackStepLeavesNoRow() {
        ApiDeals deals = new ApiDeals(rest);
        String deal = deals.start(ApiDeals.lead());
        String coldCall = (String) deals.openTask(deal).get("id");

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            tasks.complete(coldCall, StageInputs.forward("coldCall"));
            assertThat(JournalRowsOf.deal(journal, deal)).as("written in the engine's own transaction")
                    .endsWith("deal-pipeline coldCall COMPLETED MEETING_BOOKED", "deal-pipeline meeting open");
            transaction.setRollbackOnly();
        });

        assertThat(JournalRowsOf.deal(journal, deal))
                .containsExactly("deal-pipeline leadIntake COMPLETED", "deal-pipeline coldCall open");
        assertThat(deals.openTask(deal).get("id")).isEqualTo(coldCall);
    }

    @Test
    void aDealDeletedWithoutCustomListenersStillClosesItsOpenStage() {
        ApiDeals deals = new ApiDeals(rest);
        String deal = deals.start(ApiDeals.lead());
        runtime.deleteProcessInstance(deal, "duplicate lead", true);

        assertThat(JournalRowsOf.deal(journal, deal))
                .containsExactly("deal-pipeline leadIntake COMPLETED", "deal-pipeline coldCall CANCELED");
    }
}

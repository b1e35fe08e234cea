package com.dealstage.journal;

import static com.dealstage.testsupport.StageInputs.rejectionAt;
import static com.dealstage.testsupport.StageInputs.withOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.ApiDeals;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Deals older than the journal: their rows come from Camunda's history, the same rows the listeners would have
 * written, and running the back-fill again adds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JournalBackfillTest {

    @Autowired private TestRestTemplate rest;
    @Autowired private StageJournal journal;
    @Autowired private JournalBackfill backfill;
    @Autowired private JournalBackfillAtStartup atStartup;
    @Autowired private ManagementService management;
    @Autowired private JdbcClient jdbc;

    @Test
    void historyGivesOldDealsTheRowsTheListenersWouldHaveWrittenOnceOnly() {
        ApiDeals deals = new ApiDeals(rest);
        String rejectedAndBack = deals.start(ApiDeals.lead());
        deals.forward(rejectedAndBack, "coldCall");
        assertThat(deals.complete(rejectedAndBack, "meeting", rejectionAt("meeting", "HAS_SUPPLIER"))).isEqualTo(204);
        management.executeJob(management.createJobQuery().processInstanceId(rejectedAndBack).timers().singleResult()
                .getId());
        assertThat(deals.complete(rejectedAndBack, "recontactCall", Map.of("outcome", "BACK_IN_PIPELINE",
                "recontactNotes", "Their supplier failed them"))).isEqualTo(204);
        String throughObjections = deals.start(ApiDeals.lead());
        deals.forward(throughObjections, "coldCall");
        deals.forward(throughObjections, "meeting");
        assertThat(deals.complete(throughObjections, "proposal", withOutcome("proposal", "OBJECTIONS"))).isEqualTo(204);
        assertThat(deals.complete(throughObjections, "objections", withOutcome("objections", "RESOLVED")))
                .isEqualTo(204);
        List<StageVisit> written = journal.of(rejectedAndBack);
        List<StageVisit> writtenToo = journal.of(throughObjections);

        backfill.run(); // whatever other tests left unjournaled, so that the count below is ours alone
        int forgotten = forget(rejectedAndBack) + forget(throughObjections);
        assertThat(journal.of(rejectedAndBack)).isEmpty();

        assertThat(backfill.run()).isEqualTo(forgotten);
        assertThat(journal.of(rejectedAndBack)).isEqualTo(written);
        assertThat(journal.of(throughObjections)).isEqualTo(writtenToo);

        assertThat(backfill.run()).as("a second run").isZero();
        assertThat(journal.of(rejectedAndBack)).isEqualTo(written);
    }

    @Test
    void aBackfilledOpenStageIsClosedByTheEngineWhenTheDealMovesOn() {
        ApiDeals deals = new ApiDeals(rest);
        String deal = deals.start(ApiDeals.lead());
        forget(deal);
        backfill.run();
        assertThat(JournalRowsOf.deal(journal, deal))
                .containsExactly("deal-pipeline leadIntake COMPLETED", "deal-pipeline coldCall open");

        deals.forward(deal, "coldCall");

        assertThat(JournalRowsOf.deal(journal, deal)).containsExactly("deal-pipeline leadIntake COMPLETED",
                "deal-pipeline coldCall COMPLETED MEETING_BOOKED", "deal-pipeline meeting open");
    }

    @Test
    void aStageEnteredBeforeTheJournalExistedGetsItsWholeRowWhenLeft() {
        ApiDeals deals = new ApiDeals(rest);
        String deal = deals.start(ApiDeals.lead());
        StageVisit coldCallEntered = journal.of(deal).get(1);
        forget(deal);

        deals.forward(deal, "coldCall");

        assertThat(JournalRowsOf.deal(journal, deal))
                .containsExactly("deal-pipeline coldCall COMPLETED MEETING_BOOKED", "deal-pipeline meeting open");
        assertThat(journal.of(deal).get(0).enteredAt()).as("from history").isEqualTo(coldCallEntered.enteredAt());
    }

    @Test
    void theStartupBackfillRanOnceAndIsNotRepeated() throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stage_journal_backfill").query(Integer.class).single()).isOne();
        atStartup.run(null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stage_journal_backfill").query(Integer.class).single()).isOne();
    }

    /** As if the deal were older than the journal. */
    private int forget(String deal) {
        return jdbc.sql("DELETE FROM stage_journal WHERE deal_id = ?").param(deal).update();
    }
}

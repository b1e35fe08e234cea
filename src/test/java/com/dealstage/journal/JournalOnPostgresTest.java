package com.dealstage.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.DealstageApplication;
import com.dealstage.testsupport.ApiDeals;
import com.dealstage.testsupport.StageInputs;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journal on PostgreSQL, the production database, where a command's rows travel together: rows written, closed,
 * back-filled and written whole alike.
 */
@Tag("own-context")
class JournalOnPostgresTest {

    @Test
    void rowsAreWrittenClosedAndBackfilledOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(DealstageApplication.class).run(
                        "--spring.profiles.active=postgres", "--server.port=0",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                        "--camunda.bpm.job-execution.enabled=false", "--dealstage.rules.reload-interval=0")) {
            RuntimeService runtime = app.getBean(RuntimeService.class);
            TaskService tasks = app.getBean(TaskService.class);
            StageJournal journal = app.getBean(StageJournal.class);
            String deal = runtime.startProcessInstanceByKey("deal-pipeline", ApiDeals.lead()).getId();
            tasks.complete(tasks.createTaskQuery().processInstanceId(deal).singleResult().getId(),
                    StageInputs.forward("coldCall"));
            tasks.complete(tasks.createTaskQuery().processInstanceId(deal).singleResult().getId(),
                    StageInputs.rejectionAt("meeting", "PRICE_TOO_HIGH"));

            assertThat(JournalRowsOf.deal(journal, deal)).containsExactly("deal-pipeline leadIntake COMPLETED",
                    "deal-pipeline coldCall COMPLETED MEETING_BOOKED",
                    "deal-pipeline meeting COMPLETED REJECTED PRICE_TOO_HIGH");
            List<StageVisit> written = journal.of(deal);

            app.getBean(JdbcClient.class).sql("DELETE FROM stage_journal WHERE deal_id = ?").param(deal).update();
            assertThat(app.getBean(JournalBackfill.class).run()).isEqualTo(3);
            assertThat(journal.of(deal)).isEqualTo(written);

            // a visit without its open row (entered before the journal existed) is written whole when left, in
            // the same command as the next stage's row
            String older = runtime.startProcessInstanceByKey("deal-pipeline", ApiDeals.lead()).getId();
            StageVisit coldCallEntered = journal.of(older).get(1);
            app.getBean(JdbcClient.class).sql("DELETE FROM stage_journal WHERE deal_id = ?").param(older).update();
            tasks.complete(tasks.createTaskQuery().processInstanceId(older).singleResult().getId(),
                    StageInputs.forward("coldCall"));
            assertThat(JournalRowsOf.deal(journal, older))
                    .containsExactly("deal-pipeline coldCall COMPLETED MEETING_BOOKED", "deal-pipeline meeting open");
            assertThat(journal.of(older).get(0).enteredAt()).as("from history").isEqualTo(coldCallEntered.enteredAt());

            // one command that ends more visits than one statement list carries: deals deleted in bulk
            List<String> bulk = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                bulk.add(runtime.startProcessInstanceByKey("deal-pipeline", StageInputs.newClientLead()).getId());
            }
            runtime.deleteProcessInstances(bulk, "closed in bulk", false, true);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            for (String deleted : List.of(bulk.get(0), bulk.get(60), bulk.get(119))) {
                assertThat(JournalRowsOf.deal(journal, deleted))
                        .containsExactly("deal-pipeline leadIntake COMPLETED", "deal-pipeline coldCall CANCELED");
            }
            assertThat(jdbc.sql("SELECT COUNT(*) FROM stage_journal WHERE stage = 'coldCall' AND left_as = 'CANCELED'")
                    .query(Integer.class).single()).isEqualTo(120);
        }
    }
}

package com.dealstage.migration;

import static com.dealstage.migration.MigrationClient.MIGRATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dealstage.journal.StageJournal;
import com.dealstage.testsupport.ApiDeals;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator moves a running deal to a new version of deal-pipeline that a process owner deployed from
 * Modeler with an added stage (siteSurvey, between the booked meeting and the meeting), and the deal then goes the
 * new way until it is won, with one journal row per stage visit; a dry run back to the old version names the deal
 * waiting at the stage the old version does not have; the stage gate's entry rules hold where a deal would land. Its
 * own context (own database): the new version would meet other tests' deals.
 */
@Tag("own-context")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealstage.test.context=migration")
@ActiveProfiles("test")
class DealMigrationOverHttpTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    StageJournal journal;
    ApiDeals deals;
    MigrationClient admin;
    int original;
    int withSiteSurvey;
    String movedDeal;

    @BeforeAll
    void aDealOnTheOriginalVersionAndANewVersionWithAnAddedStage() throws Exception {
        deals = new ApiDeals(rest);
        admin = new MigrationClient(rest.withBasicAuth("admin", "admin-test"));
        movedDeal = deals.start(ApiDeals.lead());
        original = versionOf(movedDeal);
        withSiteSurvey = MigrationClient.deployAsModelerDoes(rest, MigrationClient.withSiteSurveyStage());
        assertThat(withSiteSurvey).isEqualTo(original + 1);
    }

    @Test
    void aRunningDealMovesToTheVersionWithTheAddedStageAndGoesItsNewWay() {
        Map<String, Object> body = Map.of("from", original, "to", withSiteSurvey, "deals", List.of(movedDeal));
        Map<String, Object> dryRun = admin.post(body, 200);
        assertThat(dryRun).containsEntry("deals", 1).containsEntry("wouldMove", 1);
        assertThat((List<?>) dryRun.get("cannotMove")).isEmpty();

        Map<String, Object> started = admin.post(real(body), 202);
        String batch = (String) started.get("batchId");
        assertThat(started).containsEntry("deals", 1).containsEntry("progress", MIGRATIONS + "/" + batch);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(admin.progress(batch, 200))
                .containsEntry("state", "COMPLETED").containsEntry("failedJobs", 0));
        assertThat(versionOf(movedDeal)).isEqualTo(withSiteSurvey);

        deals.forward(movedDeal, "coldCall");
        assertThat(deals.complete(movedDeal, "siteSurvey", Map.of())).isEqualTo(204);
        for (String stage : List.of("meeting", "proposal", "closing", "contract", "payment", "fulfilment",
                "fulfilmentActs")) {
            deals.forward(movedDeal, stage);
        }
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(movedDeal).activityId("dealWon")
                .finished().count()).as("the moved deal is won").isEqualTo(1);
        // the funnel's source agrees: the cold call entered on the old version and left on the new one is one visit,
        // the added stage has its own, and nothing is left open
        assertThat(journal.of(movedDeal)).filteredOn(visit -> visit.processKey().equals("deal-pipeline"))
                .extracting(visit -> visit.stage() + " " + visit.leftAs()).containsExactly("leadIntake COMPLETED",
                        "coldCall COMPLETED", "siteSurvey COMPLETED", "meeting COMPLETED", "proposal COMPLETED",
                        "closing COMPLETED", "contract COMPLETED", "payment COMPLETED", "fulfilment COMPLETED",
                        "fulfilmentActs COMPLETED");
    }

    @Test
    void theDryRunNamesTheDealWaitingAtAStageTheTargetDoesNotHave() {
        String atSiteSurvey = deals.start(ApiDeals.lead());
        assertThat(versionOf(atSiteSurvey)).isEqualTo(withSiteSurvey);
        deals.forward(atSiteSurvey, "coldCall");

        Map<String, Object> dryRun = admin.post(Map.of("from", withSiteSurvey, "to", original,
                "deals", List.of(atSiteSurvey)), 200);
        assertThat(dryRun).containsEntry("deals", 1).containsEntry("wouldMove", 0);
        List<Map<String, Object>> cannotMove = (List<Map<String, Object>>) dryRun.get("cannotMove");
        assertThat(cannotMove).singleElement().satisfies(deal -> {
            assertThat(deal).containsEntry("dealId", atSiteSurvey).containsEntry("waitingAt", List.of("siteSurvey"));
            assertThat((List<String>) deal.get("problems")).anySatisfy(problem -> assertThat(problem)
                    .contains("'siteSurvey'").containsIgnoringCase("no migration instruction"));
        });
        assertThat(versionOf(atSiteSurvey)).as("a dry run moves nothing").isEqualTo(withSiteSurvey);

        Map<String, Object> remapped = admin.post(Map.of("from", withSiteSurvey, "to", original,
                "deals", List.of(atSiteSurvey), "mappings", List.of(Map.of("from", "siteSurvey", "to", "meeting"))), 200);
        assertThat(remapped).as("the stage the target lacks mapped onto the next one").containsEntry("wouldMove", 1);
    }

    @Test
    void theStageGatesEntryRulesApplyWhereTheDealLands() {
        String atColdCall = deals.start(ApiDeals.lead());
        Map<String, Object> body = Map.of("from", withSiteSurvey, "to", original, "deals", List.of(atColdCall),
                "mappings", List.of(Map.of("from", "coldCall", "to", "contract")));

        Map<String, Object> dryRun = admin.post(body, 200);
        assertThat(dryRun).containsEntry("wouldMove", 0);
        assertThat(dryRun.get("cannotMove").toString()).contains("Stage 'Contract and invoice' cannot be entered yet");

        String batch = (String) admin.post(real(body), 202).get("batchId");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            Map<String, Object> progress = admin.progress(batch, 200);
            assertThat(progress).containsEntry("state", "FAILED_JOBS").containsEntry("failedJobs", 1);
            assertThat(progress.get("failures").toString()).contains("Stage 'Contract and invoice' cannot be entered yet");
        });
        assertThat(versionOf(atColdCall)).as("the refused deal stays where it was").isEqualTo(withSiteSurvey);
        assertThat(deals.openTask(atColdCall)).containsEntry("stage", "coldCall");
    }

    @Test
    void everyRefusalIsAProblemDetailNamingWhatIsWrong() {
        MigrationClient anna = new MigrationClient(rest.withBasicAuth("anna", "anna"));
        assertThat(anna.post(Map.of("from", original, "to", withSiteSurvey), 403).get("detail").toString())
                .contains("Only administrators");
        assertThat(new MigrationClient(rest.withBasicAuth("paul", "paul")).progress("any", 403)).containsKey("detail");
        assertThat(admin.post(Map.of("from", original, "to", 99), 404)).containsEntry("field", "to")
                .extracting("detail").asString().contains("no version 99");
        assertThat(admin.post(Map.of("from", original), 400)).containsEntry("field", "to");
        assertThat(admin.post(Map.of("from", original, "to", withSiteSurvey, "mappings", List.of(Map.of("from", "x"))),
                400)).containsEntry("field", "mappings");
        assertThat(admin.post(Map.of("from", original, "to", original), 400).get("detail").toString())
                .contains("nothing would move");
        assertThat(admin.post(Map.of("from", "first", "to", 2), 400)).containsKey("detail");
        assertThat(admin.post(Map.of("from", original, "to", withSiteSurvey, "deals", List.of("nope")), 404))
                .containsEntry("field", "deals");
        assertThat(admin.progress("no-such-batch", 404).get("detail").toString()).contains("no-such-batch");
        assertThat(rest.getForObject("/v3/api-docs", String.class)).contains(MIGRATIONS, "MigrationRequest");
        assertThat(admin.postText("{from: ", 400).get("detail").toString()).contains("not the expected JSON");
        assertThat(anna.postText("{from: ", 403)).as("rights first, then the body").containsKey("detail");
    }

    private static Map<String, Object> real(Map<String, Object> body) {
        Map<String, Object> real = new HashMap<>(body);
        real.put("dryRun", false);
        return real;
    }

    private int versionOf(String deal) {
        String definition = runtime.createProcessInstanceQuery().processInstanceId(deal).singleResult()
                .getProcessDefinitionId();
        return Integer.parseInt(definition.split(":")[1]);
    }
}

package com.dealstage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.ApiDeals;
import com.dealstage.testsupport.EngineClock;
import com.dealstage.testsupport.FoldersOfItsOwn;
import com.dealstage.testsupport.StageInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * docs/process-owners.md, done as it says: one test per section, in the page's order (each procedure builds on the
 * one before, as a process owner's day would), on copies of rules/ and processes/ and a database of its own. The
 * blocks of the page are the edits and requests; the sentences it says people will read are checked on deals.
 */
@Tag("own-context")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealstage.rules.reload-interval=200ms", "dealstage.processes.reload-interval=200ms"})
@ActiveProfiles("test")
class ProcessOwnerGuideTest {

    private static Path rules;
    private static Path processes;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    private Path scratch;
    private GuidePage page;
    private GuideProcedure procedure;
    private ApiDeals deals;
    /** A deal started before the process owner changes anything: it runs on version 1 until it is moved. */
    private String earlyDeal;

    @DynamicPropertySource
    static void foldersOfItsOwn(DynamicPropertyRegistry registry) throws IOException {
        rules = FoldersOfItsOwn.copy("rules", "dealstage.rules.path", registry);
        processes = FoldersOfItsOwn.copy("processes", "dealstage.processes.path", registry);
    }

    @BeforeAll
    void readThePageAndStartADealOnTheFirstVersion() throws IOException {
        scratch = Files.createTempDirectory("dealstage-guide");
        page = GuidePage.read();
        procedure = new GuideProcedure(rest, new GuideFiles(rules, processes, scratch), new HashMap<>());
        deals = new ApiDeals(rest);
        earlyDeal = deals.start(ApiDeals.lead());
    }

    @AfterAll
    void deleteCopies() throws IOException {
        FoldersOfItsOwn.delete(rules, processes, scratch);
    }

    @Test
    @Order(1)
    void addAStageWithMandatoryFields() throws IOException {
        List<String> shown = procedure.follow(page.section("Add a stage with mandatory fields"));

        String deal = atSiteSurvey();
        Map<String, Object> task = deals.openTask(deal);
        ResponseEntity<Map> refused = rest.withBasicAuth("anna", "anna")
                .postForEntity("/api/tasks/" + task.get("id") + "/complete", Map.of(), Map.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody().get("message")).isEqualTo(shown.get(0));
        completeSiteSurvey(deal);
        assertThat(deals.openTask(deal).get("stage")).isEqualTo("meeting");
    }

    @Test
    @Order(2)
    void changeAReContactDelay() throws IOException {
        rejectionIsCalledBackAsShown("Change a re-contact delay", "NO_BUDGET", 90, 90);
    }

    @Test
    @Order(3)
    void changeTheSurveyDelay() throws IOException {
        List<String> shown = procedure.follow(page.section("Change the survey delay"));

        String deal = atSiteSurvey();
        completeSiteSurvey(deal);
        for (String stage : List.of("meeting", "proposal", "closing", "contract", "payment", "fulfilment",
                "fulfilmentActs")) {
            deals.forward(deal, stage);
        }
        assertThat(runtime.getVariable(deal, "surveyDecision")).isEqualTo(shown.get(0));
        String survey = (String) runtime.getVariable(deal, "npsSurveyId");
        Date surveyDate = (Date) runtime.getVariable(survey, "surveyDate");
        // ApiDeals.forward records the fulfilment 60 days ahead
        assertThat(surveyDate.toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
                .isEqualTo(EngineClock.today().plusDays(60 + 5));
    }

    @Test
    @Order(4)
    void addARejectionReason() throws IOException {
        rejectionIsCalledBackAsShown("Add a rejection reason", "NO_DECISION_MAKER", 28, 31);
    }

    @Test
    @Order(5)
    void moveRunningDealsToANewVersion() throws IOException {
        assertThat(versionOf(earlyDeal)).isEqualTo(1);

        procedure.follow(page.section("Move running deals to a new version"));

        assertThat(versionOf(earlyDeal)).isEqualTo(2);
        deals.forward(earlyDeal, "coldCall");
        assertThat(deals.openTask(earlyDeal).get("stage")).as("after its cold call").isEqualTo("siteSurvey");
    }

    @Test
    @Order(6)
    void readTheStatusEndpoints() throws IOException {
        assertThat(procedure.follow(page.section("Read the status endpoints"))).isEmpty();
    }

    private void completeSiteSurvey(String deal) {
        assertThat(deals.complete(deal, "siteSurvey", Map.of("siteAddress", "Warehouse 4, Industrial Park North",
                "siteSurveyDate", EngineClock.today().toString()))).isEqualTo(204);
    }

    /** A deal of the new version, its meeting booked: it waits at the added stage. */
    private String atSiteSurvey() {
        String deal = deals.start(ApiDeals.lead());
        deals.forward(deal, "coldCall");
        assertThat(deals.openTask(deal).get("stage")).isEqualTo("siteSurvey");
        return deal;
    }

    /** Does the section, then a cold call rejected for {@code reason} gets the sentence shown and its call then. */
    private void rejectionIsCalledBackAsShown(String section, String reason, long fromDays, long toDays)
            throws IOException {
        List<String> shown = procedure.follow(page.section(section));

        String deal = deals.start(ApiDeals.lead());
        assertThat(deals.complete(deal, "coldCall", StageInputs.rejectionAt("coldCall", reason))).isEqualTo(204);
        assertThat(runtime.getVariable(deal, "recontactRationale")).isEqualTo(shown.get(0));
        Instant due = Instant.parse((String) runtime.getVariable(deal, "recontactDue"));
        assertThat(Duration.between(EngineClock.now().toInstant(), due).plusHours(1).toDays()).as("days until the call")
                .isBetween(fromDays, toDays);
    }

    private int versionOf(String deal) {
        String definition = runtime.createProcessInstanceQuery().processInstanceId(deal).singleResult()
                .getProcessDefinitionId();
        return repository.getProcessDefinition(definition).getVersion();
    }
}

package com.dealstage.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dealstage.testsupport.ApiDeals;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * An administrator moves a running deal to a new version of deal-pipeline that a process owner deployed from
 * Modeler with an added stage (siteSurvey, between the booked meeting and the meeting), and the deal then goes the
 * new way to the end of its sales stages; a dry run back to the old version names the deal waiting at the stage the
 * old version does not have. Its own context (own database): the new version would meet other tests' deals.
 */
@Tag("own-context")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealstage.test.context=migration")
@ActiveProfiles("test")
class DealMigrationOverHttpTest {

    static final String MIGRATIONS = "/api/processes/deal-pipeline/migrations";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    ApiDeals deals;
    TestRestTemplate admin;
    int original;
    int withSiteSurvey;
    String movedDeal;

    @BeforeAll
    void aDealOnTheOriginalVersionAndANewVersionWithAnAddedStage() throws Exception {
        deals = new ApiDeals(rest);
        admin = rest.withBasicAuth("admin", "admin-test");
        movedDeal = deals.start(ApiDeals.lead());
        original = versionOf(movedDeal);
        withSiteSurvey = deployAsModelerDoes(withSiteSurveyStage());
        assertThat(withSiteSurvey).isEqualTo(original + 1);
    }

    @Test
    void aRunningDealMovesToTheVersionWithTheAddedStageAndGoesItsNewWay() {
        Map<String, Object> dryRun = post(admin, Map.of("from", original, "to", withSiteSurvey, "dryRun", true,
                "deals", List.of(movedDeal)), 200);
        assertThat(dryRun).containsEntry("deals", 1).containsEntry("wouldMove", 1);
        assertThat((List<?>) dryRun.get("cannotMove")).isEmpty();

        Map<String, Object> started = post(admin, Map.of("from", original, "to", withSiteSurvey, "dryRun", false,
                "deals", List.of(movedDeal)), 202);
        String batch = (String) started.get("batchId");
        assertThat(started).containsEntry("deals", 1).containsEntry("progress", MIGRATIONS + "/" + batch);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get(admin, MIGRATIONS + "/" + batch, 200)).containsEntry("state", "COMPLETED")
                        .containsEntry("failedJobs", 0));
        assertThat(versionOf(movedDeal)).isEqualTo(withSiteSurvey);

        deals.forward(movedDeal, "coldCall");
        assertThat(deals.complete(movedDeal, "siteSurvey", Map.of())).isEqualTo(204);
        for (String stage : List.of("meeting", "proposal", "closing", "contract", "payment", "fulfilment",
                "fulfilmentActs")) {
            deals.forward(movedDeal, stage);
        }
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(movedDeal).activityId("dealWon")
                .finished().count()).as("the moved deal is won").isEqualTo(1);
    }

    @Test
    void theDryRunNamesTheDealWaitingAtAStageTheTargetDoesNotHave() {
        String atSiteSurvey = deals.start(ApiDeals.lead());
        assertThat(versionOf(atSiteSurvey)).isEqualTo(withSiteSurvey);
        deals.forward(atSiteSurvey, "coldCall");

        Map<String, Object> dryRun = post(admin, Map.of("from", withSiteSurvey, "to", original,
                "deals", List.of(atSiteSurvey)), 200);
        assertThat(dryRun).containsEntry("deals", 1).containsEntry("wouldMove", 0);
        List<Map<String, Object>> cannotMove = (List<Map<String, Object>>) dryRun.get("cannotMove");
        assertThat(cannotMove).singleElement().satisfies(deal -> {
            assertThat(deal).containsEntry("dealId", atSiteSurvey).containsEntry("waitingAt", List.of("siteSurvey"));
            assertThat((List<String>) deal.get("problems")).anySatisfy(problem -> assertThat(problem)
                    .contains("'siteSurvey'").containsIgnoringCase("no migration instruction"));
        });
        assertThat(versionOf(atSiteSurvey)).as("a dry run moves nothing").isEqualTo(withSiteSurvey);

        Map<String, Object> remapped = post(admin, Map.of("from", withSiteSurvey, "to", original,
                "deals", List.of(atSiteSurvey), "mappings", List.of(Map.of("from", "siteSurvey", "to", "meeting"))), 200);
        assertThat(remapped).as("the stage the target lacks mapped onto the next one").containsEntry("wouldMove", 1);
    }

    @Test
    void theStageGatesEntryRulesApplyWhereTheDealLands() {
        String atColdCall = deals.start(ApiDeals.lead());
        Map<String, Object> body = Map.of("from", withSiteSurvey, "to", original, "deals", List.of(atColdCall),
                "mappings", List.of(Map.of("from", "coldCall", "to", "contract")));

        Map<String, Object> dryRun = post(admin, body, 200);
        assertThat(dryRun).containsEntry("wouldMove", 0);
        assertThat(dryRun.get("cannotMove").toString()).contains("Stage 'Contract and invoice' cannot be entered yet");

        Map<String, Object> real = new java.util.HashMap<>(body);
        real.put("dryRun", false);
        String batch = (String) post(admin, real, 202).get("batchId");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            Map<String, Object> progress = get(admin, MIGRATIONS + "/" + batch, 200);
            assertThat(progress).containsEntry("state", "FAILED_JOBS").containsEntry("failedJobs", 1);
            assertThat(progress.get("failures").toString()).contains("Stage 'Contract and invoice' cannot be entered yet");
        });
        assertThat(versionOf(atColdCall)).as("the refused deal stays where it was").isEqualTo(withSiteSurvey);
        assertThat(deals.openTask(atColdCall)).containsEntry("stage", "coldCall");
    }

    @Test
    void everyRefusalIsAProblemDetailNamingWhatIsWrong() {
        TestRestTemplate anna = rest.withBasicAuth("anna", "anna");
        assertThat(post(anna, Map.of("from", original, "to", withSiteSurvey), 403).get("detail").toString())
                .contains("Only administrators");
        assertThat(get(rest.withBasicAuth("paul", "paul"), MIGRATIONS + "/any", 403)).containsKey("detail");
        assertThat(post(admin, Map.of("from", original, "to", 99), 404)).containsEntry("field", "to")
                .extracting("detail").asString().contains("no version 99");
        assertThat(post(admin, Map.of("from", original), 400)).containsEntry("field", "to");
        assertThat(post(admin, Map.of("from", original, "to", withSiteSurvey, "mappings", List.of(Map.of("from", "x"))),
                400)).containsEntry("field", "mappings");
        assertThat(post(admin, Map.of("from", original, "to", original), 400).get("detail").toString())
                .contains("nothing would move");
        assertThat(post(admin, Map.of("from", "first", "to", 2), 400)).containsKey("detail");
        assertThat(post(admin, Map.of("from", original, "to", withSiteSurvey, "deals", List.of("nope")), 404))
                .containsEntry("field", "deals");
        assertThat(get(admin, MIGRATIONS + "/no-such-batch", 404).get("detail").toString()).contains("no-such-batch");
        ResponseEntity<Map> notJson = admin.exchange(MIGRATIONS, org.springframework.http.HttpMethod.POST,
                new HttpEntity<>("{from: ", json()), Map.class);
        assertThat(notJson.getStatusCode().value()).isEqualTo(400);
        assertThat(notJson.getBody()).containsKey("detail");
    }

    private Map<String, Object> post(TestRestTemplate caller, Map<String, Object> body, int status) {
        ResponseEntity<Map> answer = caller.postForEntity(MIGRATIONS, new HttpEntity<>(body, json()), Map.class);
        assertThat(answer.getStatusCode().value()).as("POST %s -> %s", body, answer.getBody()).isEqualTo(status);
        return answer.getBody();
    }

    private Map<String, Object> get(TestRestTemplate caller, String path, int status) {
        ResponseEntity<Map> answer = caller.getForEntity(path, Map.class);
        assertThat(answer.getStatusCode().value()).as("GET %s -> %s", path, answer.getBody()).isEqualTo(status);
        return answer.getBody();
    }

    private int versionOf(String deal) {
        String definition = runtime.createProcessInstanceQuery().processInstanceId(deal).singleResult()
                .getProcessDefinitionId();
        return Integer.parseInt(definition.split(":")[1]);
    }

    /** A process owner (paul) deploying from Modeler: POST /engine-rest/deployment/create. */
    private int deployAsModelerDoes(String diagram) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "deal-pipeline with site survey");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("data", new ByteArrayResource(diagram.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "deal-pipeline.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<Map> deployed = rest.withBasicAuth("paul", "paul").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(parts, headers), Map.class);
        assertThat(deployed.getStatusCode().value()).as("deployment: %s", deployed.getBody()).isEqualTo(200);
        Map<String, Map<String, Object>> definitions = (Map<String, Map<String, Object>>) deployed.getBody()
                .get("deployedProcessDefinitions");
        return (Integer) definitions.values().iterator().next().get("version");
    }

    /** processes/deal-pipeline.bpmn with a stage added as a process owner does in Modeler (no Java, no rules). */
    static String withSiteSurveyStage() throws Exception {
        String diagram = Files.readString(Path.of("processes/deal-pipeline.bpmn"));
        return replaceOnce(replaceOnce(diagram,
                "<bpmn:sequenceFlow id=\"toMeeting\" sourceRef=\"meetingMerge\" targetRef=\"meeting\" />",
                """
                <bpmn:userTask id="siteSurvey" name="Site survey" camunda:assignee="${manager}" camunda:candidateGroups="sales-managers">
                      <bpmn:incoming>toSiteSurvey</bpmn:incoming>
                      <bpmn:outgoing>toMeeting</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="toSiteSurvey" sourceRef="meetingMerge" targetRef="siteSurvey" />
                    <bpmn:sequenceFlow id="toMeeting" sourceRef="siteSurvey" targetRef="meeting" />"""),
                "<bpmn:outgoing>toMeeting</bpmn:outgoing>\n    </bpmn:exclusiveGateway>",
                "<bpmn:outgoing>toSiteSurvey</bpmn:outgoing>\n    </bpmn:exclusiveGateway>");
    }

    private static String replaceOnce(String text, String old, String replacement) {
        assertThat(text.split(java.util.regex.Pattern.quote(old), -1)).as(old).hasSize(2);
        return text.replace(old, replacement);
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}

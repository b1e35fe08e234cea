package com.dealstage.journal;

import static com.dealstage.testsupport.EngineRestClient.camundaVariables;
import static com.dealstage.testsupport.EngineRestClient.transientVariables;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.ApiDeals;
import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.TasklistSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The journal is written by the engine's own listeners, so it agrees with the engine whichever channel moved the
 * deal: Camunda's REST API, Tasklist's own API, an administrator's modification, and a refusal on any of them
 * writes nothing. {@link StageJournalTest} drives deals over /api; this one over the other ways in, as the
 * deal's manager (anna) and as the administrator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JournalOverEveryChannelTest {

    @Autowired private TestRestTemplate rest;
    @Autowired private StageJournal journal;
    @Autowired private ObjectMapper json;
    @LocalServerPort private int port;

    @Test
    void engineRestTasklistAndAModificationEachLeaveTheRowsTheEngineTook() throws Exception {
        ApiDeals deals = new ApiDeals(rest);
        EngineRestClient anna = new EngineRestClient(rest, "anna");
        String deal = deals.start(ApiDeals.lead());

        ResponseEntity<String> coldCall = anna.complete(taskOf(deals, deal), StageInputs.forward("coldCall"));
        assertThat(coldCall.getStatusCode().value()).as(coldCall.getBody()).isEqualTo(204);
        List<String> afterColdCall = JournalRowsOf.deal(journal, deal);
        assertThat(afterColdCall).containsExactly("deal-pipeline leadIntake COMPLETED",
                "deal-pipeline coldCall COMPLETED MEETING_BOOKED", "deal-pipeline meeting open");

        ResponseEntity<String> refused = rest.withBasicAuth("anna", "anna").postForEntity("/engine-rest/task/"
                + taskOf(deals, deal) + "/complete", Map.of("variables", transientVariables(StageInputs.forward("meeting"))),
                String.class);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(422);
        assertThat(JournalRowsOf.deal(journal, deal)).as("a refused completion writes nothing")
                .isEqualTo(afterColdCall);

        TasklistSession tasklist = TasklistSession.login(port, "anna");
        HttpResponse<String> submitted = tasklist.post("/task/" + taskOf(deals, deal) + "/submit-form",
                json.writeValueAsString(Map.of("variables", camundaVariables(StageInputs.forward("meeting")))));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        assertThat(JournalRowsOf.deal(journal, deal)).endsWith(
                "deal-pipeline meeting COMPLETED NEEDS_CONFIRMED 1200000.00", "deal-pipeline proposal open 1200000.00");
        JournalRowsOf.assertConsistent(journal.of(deal), deal, "anna");

        // the administrator moves the token: the new visit is entered before the old one is cancelled
        EngineRestClient admin = EngineRestClient.admin(rest);
        String proposal = (String) ((List<Map<String, Object>>) admin
                .get("/engine-rest/process-instance/" + deal + "/activity-instances").getBody()
                .get("childActivityInstances")).get(0).get("id");
        ResponseEntity<String> moved = rest.withBasicAuth("admin", "admin-test").postForEntity( // admin-only
                "/engine-rest/process-instance/" + deal + "/modification", Map.of("instructions", List.of(
                        Map.of("type", "startBeforeActivity", "activityId", "proposal"),
                        Map.of("type", "cancel", "activityInstanceId", proposal))), String.class);
        assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(204);
        assertThat(JournalRowsOf.deal(journal, deal)).endsWith(
                "deal-pipeline proposal CANCELED 1200000.00", "deal-pipeline proposal open 1200000.00");
    }

    private static String taskOf(ApiDeals deals, String deal) {
        return (String) deals.openTask(deal).get("id");
    }
}

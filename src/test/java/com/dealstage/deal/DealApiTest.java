package com.dealstage.deal;

import static com.dealstage.deal.LeadRequests.json;
import static com.dealstage.deal.LeadRequests.lead;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.StageInputs;
import com.fasterxml.jackson.databind.JsonNode;
import com.dealstage.testsupport.EngineClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** GET /api/deals and /api/deals/{id}: what each role sees, filters, paging, sorting, one deal's whole picture. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DealApiTest {

    @Autowired
    private TestRestTemplate rest;
    private LeadRequests http;

    @BeforeEach
    void client() {
        http = new LeadRequests(rest);
    }

    @Test
    void aManagerSeesOnlyHisOwnDealsHeadsSeeAllQualityControlAndProcessOwnersNone() {
        String annas = http.started("anna", StageInputs.newClientLead());
        String boris = http.started("boris", lead("Boris Client LLC", StageInputs.newTaxNumber(), "boris", "INBOUND"));
        long annasClient = http.clientOf(annas);
        long borisClient = http.clientOf(boris);

        assertThat(ids(http.read("anna", "/api/deals?clientId=" + annasClient))).containsExactly(annas);
        assertThat(ids(http.read("anna", "/api/deals?clientId=" + borisClient))).isEmpty();
        assertThat(http.get("anna", "/api/deals?manager=boris").getStatusCode().value()).isEqualTo(403);
        assertThat(http.get("anna", "/api/deals/" + boris).getStatusCode().value()).isEqualTo(403);
        assertThat(http.read("anna", "/api/deals?size=100").get("deals").findValuesAsText("manager"))
                .isNotEmpty().allMatch("anna"::equals);

        assertThat(ids(http.read("helen", "/api/deals?clientId=" + borisClient))).containsExactly(boris);
        assertThat(http.read("helen", "/api/deals/" + annas).get("manager").asText()).isEqualTo("anna");
        for (String outsider : List.of("quinn", "paul")) {
            assertThat(http.get(outsider, "/api/deals").getStatusCode().value()).as(outsider).isEqualTo(403);
            assertThat(http.get(outsider, "/api/deals/" + annas).getStatusCode().value()).as(outsider).isEqualTo(403);
        }
        assertThat(http.get("helen", "/api/deals/no-such-deal").getStatusCode().value()).isEqualTo(404);
        assertThat(rest.getForEntity("/api/deals", String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void dealsAreFilteredByStageSourceManagerAndPeriodPagedAndSorted() {
        String inbound = http.started("boris", lead("Filter One LLC", StageInputs.newTaxNumber(), "boris", "INBOUND"));
        http.complete("boris", inbound, StageInputs.forward("coldCall"));
        String coldList = http.started("boris", lead("Filter Two LLC", StageInputs.newTaxNumber(), "boris", "COLD_LIST"));
        String today = EngineClock.today().toString();

        assertThat(ids(http.read("helen", "/api/deals?manager=boris&stage=meeting&size=100")))
                .contains(inbound).doesNotContain(coldList);
        assertThat(ids(http.read("helen", "/api/deals?manager=boris&source=INBOUND&size=100")))
                .contains(inbound).doesNotContain(coldList);
        assertThat(ids(http.read("helen", "/api/deals?manager=boris&from=" + today + "&to=" + today + "&size=100")))
                .contains(inbound, coldList);
        assertThat(http.read("helen", "/api/deals?manager=boris&from=" + EngineClock.today().plusDays(1)).get("total")
                .asLong()).isZero();

        // the shared context holds many of boris' deals (imported lists among them): read every page
        List<String> oldestFirst = allIds("/api/deals?manager=boris&sort=startedAt,asc&size=100");
        List<String> newestFirst = allIds("/api/deals?manager=boris&sort=startedAt,desc&size=100");
        assertThat(oldestFirst.indexOf(inbound)).isLessThan(oldestFirst.indexOf(coldList));
        assertThat(newestFirst.indexOf(coldList)).isLessThan(newestFirst.indexOf(inbound));

        JsonNode firstPage = http.read("helen", "/api/deals?manager=boris&size=1&page=0&sort=startedAt,asc");
        JsonNode secondPage = http.read("helen", "/api/deals?manager=boris&size=1&page=1&sort=startedAt,asc");
        assertThat(firstPage.get("deals")).hasSize(1);
        assertThat(firstPage.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(ids(secondPage)).hasSize(1).doesNotContainAnyElementsOf(ids(firstPage));
        JsonNode summary = http.read("helen", "/api/deals?clientId=" + http.clientOf(inbound)).get("deals").get(0);
        assertThat(summary.get("stages").get(0).asText()).isEqualTo("meeting");
        assertThat(summary.get("source").asText()).isEqualTo("INBOUND");
        assertThat(summary.get("state").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void malformedQueriesAre400NamingTheParameter() {
        assertBadRequest("/api/deals?from=yesterday", "'from'");
        assertBadRequest("/api/deals?from=2026-02-01&to=2026-01-01", "'to'");
        assertBadRequest("/api/deals?size=1000", "'size'");
        assertBadRequest("/api/deals?page=-1", "'page'");
        assertBadRequest("/api/deals?clientId=abc", "'clientId'");
        assertBadRequest("/api/deals?sort=amount,desc", "'sort'");
        assertBadRequest("/api/clients/abc", "'clientId'");
    }

    @Test
    void aDealShowsItsStageItsFieldsByStageAndItsHistory() {
        String inn = StageInputs.newTaxNumber();
        String deal = http.started("anna", lead("Picture LLC", inn, "anna", "INBOUND"));
        http.complete("anna", deal, StageInputs.forward("coldCall"));

        JsonNode details = http.read("anna", "/api/deals/" + deal);

        assertThat(details.get("currentStages").findValuesAsText("stage")).containsExactly("meeting");
        assertThat(details.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(details.get("client").get("inn").asText()).isEqualTo(inn);
        assertThat(details.get("client").get("displayName").asText()).isEqualTo("Picture LLC");
        JsonNode fields = details.get("fields");
        assertThat(fields.get("leadIntake").get("companyName").asText()).isEqualTo("Picture LLC");
        assertThat(fields.get("leadIntake").get("companyTaxId").asText()).isEqualTo(inn);
        assertThat(fields.get("leadIntake").get("clientId").asLong()).isEqualTo(details.get("client").get("id").asLong());
        assertThat(fields.get("coldCall").get("contactName").asText()).isEqualTo("Ivan Kuznetsov");
        assertThat(fields.get("coldCall").get("meetingDate").asText()).isEqualTo(StageInputs.forward("coldCall").get("meetingDate"));
        assertThat(fields.findValues("passedStages")).as("the gate's bookkeeping is no deal data").isEmpty();
        JsonNode history = details.get("history");
        assertThat(history.findValuesAsText("stage")).containsExactly("leadIntake", "coldCall", "meeting");
        assertThat(history.get(1).get("leftAt").isNull()).isFalse();
        assertThat(history.get(1).get("leftAs").asText()).as("from the stage journal").isEqualTo("COMPLETED");
        assertThat(history.get(1).get("outcome").asText()).isEqualTo("MEETING_BOOKED");
        assertThat(history.get(2).get("leftAt").isNull()).isTrue();
        assertThat(details.get("links").get("referralDealIds")).isEmpty();
    }

    private void assertBadRequest(String path, String naming) {
        ResponseEntity<String> response = http.get("helen", path);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(400);
        assertThat(json(response).get("detail").asText()).as(path).contains(naming);
    }

    private List<String> allIds(String query) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = http.read("helen", query + "&page=" + page);
            ids.addAll(ids(answer));
            if (answer.get("deals").isEmpty() || ids.size() >= answer.get("total").asLong()) {
                return ids;
            }
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("deals").forEach(deal -> ids.add(deal.get("id").asText()));
        return ids;
    }
}

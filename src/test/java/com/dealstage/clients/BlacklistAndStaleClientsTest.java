package com.dealstage.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.ApiDeals;
import com.dealstage.testsupport.EngineClock;
import com.dealstage.testsupport.StageInputs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Heads of sales keep the blacklist by tax number or name, one at a time or from a spreadsheet; a blacklisted client's
 * planned calls are held (suspended, recorded) and planned again when it leaves the list; stale clients are listed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BlacklistAndStaleClientsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private ManagementService management;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aCompanyBlacklistedByTaxNumberBeforeItsFirstLeadGetsNoDeal() throws Exception {
        String inn = StageInputs.newTaxNumber();
        ResponseEntity<String> listed = as("helen").postForEntity("/api/clients/blacklist",
                Map.of("companyTaxId", inn, "reason", "Court case pending"), String.class);
        assertThat(listed.getStatusCode().value()).as(listed.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(listed.getBody()).get("blacklisted").asBoolean()).isTrue();

        ResponseEntity<String> lead = as("anna").postForEntity("/api/deals", Map.of("companyName", "Fresh Name LLC",
                "companyTaxId", inn, "source", "INBOUND", "manager", "anna"), String.class);
        assertThat(lead.getStatusCode().value()).isEqualTo(422);
        assertThat(lead.getBody()).contains("Court case pending");

        assertThat(as("anna").postForEntity("/api/clients/blacklist", Map.of("companyTaxId", inn, "reason", "x"),
                String.class).getStatusCode().value()).as("a manager keeps no blacklist").isEqualTo(403);
        ResponseEntity<String> wrongInn = as("helen").postForEntity("/api/clients/blacklist",
                Map.of("companyTaxId", "7701234567", "reason", "x"), String.class);
        assertThat(wrongInn.getStatusCode().value()).isEqualTo(400);
        assertThat(wrongInn.getBody()).contains("companyTaxId");
        assertThat(as("helen").postForEntity("/api/clients/blacklist", Map.of("companyTaxId", inn), String.class)
                .getBody()).contains("'reason' is required");

        ResponseEntity<String> lifted = as("helen").exchange("/api/clients/blacklist?companyTaxId=" + inn,
                HttpMethod.DELETE, null, String.class);
        assertThat(lifted.getStatusCode().value()).isEqualTo(200);
        assertThat(as("anna").postForEntity("/api/deals", Map.of("companyName", "Fresh Name LLC", "companyTaxId", inn,
                "source", "INBOUND", "manager", "anna"), String.class).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void blacklistingHoldsThePlannedReContactAndLiftingPlansItAgain() throws Exception {
        ApiDeals deals = new ApiDeals(rest);
        Map<String, Object> lead = new HashMap<>(StageInputs.newClientLead());
        String deal = deals.start(lead);
        assertThat(deals.complete(deal, "coldCall", StageInputs.rejectionAt("coldCall", "NO_BUDGET"))).isEqualTo(204);
        Job recontact = management.createJobQuery().processInstanceId(deal).timers().singleResult();
        assertThat(recontact.isSuspended()).isFalse();
        long clientId = jdbc.sql("SELECT client_id FROM client_deal WHERE deal_id = ?").param(deal).query(Long.class)
                .single();

        assertThat(as("helen").exchange("/api/clients/" + clientId + "/blacklist", HttpMethod.PUT,
                new HttpEntity<>(Map.of("reason", "Asked never to be called again")), String.class)
                .getStatusCode().value()).isEqualTo(200);

        assertThat(management.createJobQuery().jobId(recontact.getId()).singleResult().isSuspended())
                .as("the re-contact timer is held, not deleted").isTrue();
        Map<String, Object> hold = jdbc.sql("SELECT deal_id, activity_id, reason, held_by, released_at "
                + "FROM blacklist_hold WHERE job_id = ?").param(recontact.getId()).query().singleRow();
        assertThat(hold).containsEntry("DEAL_ID", deal).containsEntry("ACTIVITY_ID", "recontactDue")
                .containsEntry("REASON", "Asked never to be called again").containsEntry("HELD_BY", "helen");
        assertThat(hold.get("RELEASED_AT")).isNull();

        assertThat(as("helen").exchange("/api/clients/" + clientId + "/blacklist", HttpMethod.DELETE, null,
                String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(management.createJobQuery().jobId(recontact.getId()).singleResult().isSuspended()).isFalse();
        assertThat(jdbc.sql("SELECT released_at FROM blacklist_hold WHERE job_id = ?").param(recontact.getId())
                .query().singleValue()).isNotNull();
    }

    @Test
    void aSpreadsheetOfCompaniesIsBlacklistedLineByLineAndItsWrongLinesAreNamed() throws Exception {
        String first = StageInputs.newTaxNumber();
        String second = StageInputs.newTaxNumber();
        String csv = "ИНН;Компания;Причина\r\n" + first + ";Первая;Мошенничество\r\n7701234567;Кривой ИНН;\r\n"
                + second + ";Вторая;\r\n;;\r\n";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        ResponseEntity<String> answer = as("helen").postForEntity("/api/imports/blacklist?reason=Банкрот",
                new HttpEntity<>(csv.getBytes(Charset.forName("windows-1251")), headers), String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode result = JSON.readTree(answer.getBody());
        assertThat(result.get("added").asInt()).isEqualTo(2);
        assertThat(result.get("lines").findValuesAsText("line")).containsExactly("3", "5");
        assertThat(result.get("lines").get(0).get("field").asText()).isEqualTo("companyTaxId");
        assertThat(jdbc.sql("SELECT blacklist_reason FROM client WHERE inn = ?").param(first).query(String.class)
                .single()).isEqualTo("Мошенничество");
        assertThat(jdbc.sql("SELECT blacklist_reason FROM client WHERE inn = ?").param(second).query(String.class)
                .single()).as("the request's reason for a line without one").isEqualTo("Банкрот");

        ResponseEntity<String> lifted = as("helen").postForEntity("/api/imports/blacklist?lift=true",
                new HttpEntity<>(("ИНН\r\n" + first + "\r\n" + StageInputs.newTaxNumber() + "\r\n")
                        .getBytes(Charset.forName("windows-1251")), headers), String.class);
        JsonNode liftedResult = JSON.readTree(lifted.getBody());
        assertThat(liftedResult.get("added").asInt()).isEqualTo(1);
        assertThat(liftedResult.get("lines").findValuesAsText("message")).singleElement().asString()
                .contains("No client is known");
        assertThat(jdbc.sql("SELECT blacklisted FROM client WHERE inn = ?").param(first).query(Boolean.class)
                .single()).isFalse();
    }

    @Test
    void clientsWithoutStageMovementForAYearAreListedForRefreshing() throws Exception {
        String name = "Dormant " + System.nanoTime();
        jdbc.sql("INSERT INTO client (client_key, name_key, display_name, first_seen, blacklisted) VALUES (?, ?, ?, ?, "
                        + "FALSE)")
                .params("name:" + name.toLowerCase(), name.toLowerCase(), name,
                        EngineClock.now().toInstant().atOffset(ZoneOffset.UTC).minusMonths(13))
                .update();
        String fresh = new ApiDeals(rest).start(new HashMap<>(StageInputs.newClientLead()));
        long freshClient = jdbc.sql("SELECT client_id FROM client_deal WHERE deal_id = ?").param(fresh)
                .query(Long.class).single();

        JsonNode stale = JSON.readTree(as("helen").getForEntity("/api/clients/stale?size=100", String.class).getBody());
        assertThat(stale.get("months").asInt()).isEqualTo(12);
        assertThat(stale.get("clients").findValuesAsText("displayName")).contains(name);
        assertThat(stale.get("clients").findValuesAsText("id")).doesNotContain(String.valueOf(freshClient));
        assertThat(stale.get("staleClients").asLong()).isPositive().isLessThanOrEqualTo(stale.get("baseClients").asLong());

        assertThat(as("anna").getForEntity("/api/clients/stale", String.class).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> wrong = as("helen").getForEntity("/api/clients/stale?months=0", String.class);
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(wrong.getBody()).contains("'months'");
        assertThat(as("helen").getForEntity("/api/clients/stale?months=abc", String.class).getStatusCode().value())
                .isEqualTo(400);
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, user);
    }
}

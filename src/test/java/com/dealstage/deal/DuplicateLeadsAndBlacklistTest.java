package com.dealstage.deal;

import static com.dealstage.deal.LeadRequests.json;
import static com.dealstage.deal.LeadRequests.lead;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.TasklistSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import com.dealstage.testsupport.Stages;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Lead intake over /api and /engine-rest: tax number check, one open deal per client, the blacklist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DuplicateLeadsAndBlacklistTest {

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ManagementService management;
    private LeadRequests http;
    @LocalServerPort
    private int port;

    @BeforeEach
    void client() {
        http = new LeadRequests(rest);
    }

    @Test
    void aWrongTaxNumberIsRefusedWith422NamingCompanyTaxIdOnEveryChannel() {
        ResponseEntity<String> checkDigit = http.overApi("anna", lead("Wrong Inn Trading", "7701234567", "anna", "INBOUND"));
        ResponseEntity<String> tooShort = http.overApi("anna", lead("Wrong Inn Trading", "770708389", "anna", "INBOUND"));
        ResponseEntity<String> letters = http.overEngineRest("anna", lead("Wrong Inn Trading", "77O7O83893", "anna", "INBOUND"));
        ResponseEntity<String> engineRest = http.overEngineRest("boris", lead("Wrong Inn Trading", "7701-234567", "boris",
                "INBOUND"));

        for (ResponseEntity<String> refused : new ResponseEntity[] {checkDigit, tooShort, letters, engineRest}) {
            assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(422);
            assertThat(json(refused).get("violations").findValuesAsText("field")).containsExactly("companyTaxId");
        }
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("companyName", "Wrong Inn Trading").count())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client WHERE name_key = 'wrong inn trading'").query(Long.class)
                .single()).as("a refused lead leaves no client behind").isZero();
    }

    @Test
    void aLeadsManagerMustBeAUserOfASalesTeamOnEveryChannel() throws Exception {
        String company = "Owner Check " + System.nanoTime();
        // quality control would read the amounts of a deal it owned; the accounting user and an unknown id own nothing
        ResponseEntity<String> qualityControl = http.overApi("anna", lead(company, null, "quinn", "INBOUND"));
        ResponseEntity<String> processOwner = http.overEngineRest("anna", lead(company, null, "paul", "INBOUND"));
        ResponseEntity<String> accounting = http.overApi("helen", lead(company, null, "accounting", "INBOUND"));
        ResponseEntity<String> unknown = http.overEngineRest("helen", lead(company, null, "carl", "INBOUND"));

        for (ResponseEntity<String> refused : new ResponseEntity[] {qualityControl, processOwner, accounting, unknown}) {
            assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(422);
            assertThat(json(refused).get("violations").findValuesAsText("field")).containsExactly("manager");
            assertThat(refused.getBody()).contains("cannot be the deal's manager");
        }
        // Tasklist's own API (the start form of the browser) passes the same engine start
        HttpResponse<String> tasklist = TasklistSession.login(port, "anna").post(
                "/process-definition/key/deal-pipeline/submit-form", new ObjectMapper().writeValueAsString(Map.of(
                        "variables", EngineRestClient.camundaVariables(lead(company, null, "quinn", "INBOUND")))));
        assertThat(tasklist.statusCode()).as(tasklist.body()).isEqualTo(422);
        assertThat(tasklist.body()).contains("manager", "cannot be the deal's manager");
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("companyName", company).count()).isZero();
        assertThat(http.overApi("anna", lead(company, null, "helen", "INBOUND")).getStatusCode().value())
                .as("a head of sales may own a deal").isEqualTo(201);
    }

    @Test
    void aValidTaxNumberWithSeparatorsIsStoredAsDigits() {
        String inn = StageInputs.newTaxNumber();
        String dealId = http.started("anna", lead("Separated LLC", inn.substring(0, 4) + "-" + inn.substring(4, 7) + " "
                + inn.substring(7), "anna", "INBOUND"));

        assertThat(runtime.getVariable(dealId, "companyTaxId")).isEqualTo(inn);
        assertThat(http.read("anna", "/api/deals/" + dealId).get("client").get("inn").asText()).isEqualTo(inn);
    }

    @Test
    void aSecondLeadOfAClientWithAnOpenDealIsRefusedWith409NamingTheDealAndItsManager() {
        String inn = StageInputs.newTaxNumber();
        String severtorg = "Severtorg " + runOf(inn);
        String open = http.started("anna", lead(severtorg + " LLC", inn, "anna", "COLD_LIST"));

        ResponseEntity<String> sameNumber = http.overApi("boris", lead("SVT Group", inn.substring(0, 4) + " "
                + inn.substring(4), "boris", "INBOUND"));
        ResponseEntity<String> sameNameOverEngineRest = http.overEngineRest("boris", lead("ООО «" + severtorg + "»", null,
                "boris", "INBOUND"));

        assertThat(sameNumber.getStatusCode().value()).isEqualTo(409);
        assertThat(json(sameNumber).get("openDealId").asText()).isEqualTo(open);
        assertThat(json(sameNumber).get("manager").asText()).isEqualTo("anna");
        assertThat(json(sameNumber).get("detail").asText()).contains(open, "anna");
        assertThat(sameNameOverEngineRest.getStatusCode().value()).isEqualTo(409);
        assertThat(json(sameNameOverEngineRest).get("openDealId").asText()).isEqualTo(open);
        assertThat(json(sameNameOverEngineRest).get("message").asText()).contains(open, "anna");
        assertThat(http.read("helen", "/api/clients/" + http.clientOf(open)).get("deals").asLong()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("manager", "boris")
                .variableValueEquals("companyTaxId", inn).count()).isZero();
        assertThat(http.read("anna", "/api/deals/" + open + "/tasks").get(0).get("stage").asText()).isEqualTo("coldCall");
    }

    @Test
    void aClientWhoseDealWasRejectedMayComeBackAsANewLead() {
        String inn = StageInputs.newTaxNumber();
        String rejected = http.started("anna", lead("Comeback LLC", inn, "anna", "COLD_LIST"));
        http.complete("anna", rejected, StageInputs.rejectionAt("coldCall", "NO_BUDGET"));

        String again = http.started("boris", lead("Comeback LLC", inn, "boris", "INBOUND"));

        assertThat(http.clientOf(again)).isEqualTo(http.clientOf(rejected));
        assertThat(http.read("helen", "/api/clients/" + http.clientOf(again)).get("deals").asLong()).isEqualTo(2);
    }

    @Test
    void repeatSalesAndReferralsTheEngineStartsAreNotHeldBackByAnOpenDeal() {
        String inn = StageInputs.newTaxNumber();
        String friend = "Friend Of Loyal " + runOf(inn);
        String won = http.started("anna", lead("Loyal Buyer LLC", inn, "anna", "COLD_LIST"));
        Stages.HAPPY_PATH.forEach(stage -> http.complete("anna", won, StageInputs.forward(stage)));
        String survey = runtime.createProcessInstanceQuery().processDefinitionKey("nps-survey")
                .processInstanceBusinessKey(won).singleResult().getId();
        runDueLater(survey);
        http.complete("quinn", survey, Map.of("npsScore", 10, "npsComment", "Great"));
        // a won deal is not open: the client may come back with a new lead, which is open from then on
        String newLead = http.started("boris", lead("Loyal Buyer", inn, "boris", "INBOUND"));
        String referred = http.started("boris", lead(friend + " LLC", StageInputs.newTaxNumber(), "boris",
                "COLD_LIST"));

        http.complete("anna", survey, Map.of("referral1Company", friend, "referral1Contact", "Olga Petrova"));
        runDueLater(won);
        http.complete("anna", won, Map.of("offer", "Service contract", "outcome", "REPEAT_DEAL"));

        JsonNode links = http.read("helen", "/api/deals/" + won).get("links");
        String repeat = links.get("repeatDealId").asText();
        String referral = runtime.createProcessInstanceQuery().variableValueEquals("referredByDealId", won)
                .singleResult().getId();
        assertThat(runtime.getVariable(repeat, "clientId")).isEqualTo(runtime.getVariable(newLead, "clientId"));
        assertThat(runtime.getVariable(referral, "clientId")).isEqualTo(runtime.getVariable(referred, "clientId"));
        assertThat(http.read("anna", "/api/deals/" + repeat + "/tasks").get(0).get("stage").asText())
                .isEqualTo("coldCall");
        assertThat(runtime.getVariable(repeat, "previousDealId")).isEqualTo(won);
        assertThat(links.get("referralDealIds").get(0).asText()).isEqualTo(referral);
        assertThat(http.read("anna", "/api/deals/" + repeat).get("links").get("previousDealId").asText()).isEqualTo(won);
        assertThat(http.read("anna", "/api/deals/" + referral).get("links").get("referralSourceDealId").asText())
                .isEqualTo(won);
        assertThat(http.read("helen", "/api/clients/" + http.clientOf(won)).get("deals").asLong()).isEqualTo(3);
    }

    @Test
    void aCallerCannotPassForTheEngineToStartASecondDeal() {
        String inn = StageInputs.newTaxNumber();
        Map<String, Object> client = lead("Posing Buyer LLC", inn, "anna", "REPEAT");
        String open = http.started("anna", client);
        Map<String, Object> posing = new HashMap<>(client);
        posing.put("previousDealId", open);

        ResponseEntity<String> overEngineRest = http.overEngineRest("anna", posing);
        ResponseEntity<String> overApi = http.overApi("anna", posing);

        for (ResponseEntity<String> refused : new ResponseEntity[] {overEngineRest, overApi}) {
            assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(422);
            assertThat(json(refused).get("violations").findValuesAsText("field")).contains("previousDealId");
        }
        assertThat(http.read("helen", "/api/clients/" + http.clientOf(open)).get("deals").asLong()).isEqualTo(1);
    }

    /**
     * A word that makes a company name this run's own: names matched without a tax number must not meet the clients
     * an earlier run in the same JVM (and database) left behind.
     */
    private static String runOf(String inn) {
        return "R" + inn.substring(4, 9);
    }

    /** Runs the process's waiting timer now (a survey date, a repeat-sale date) instead of days later. */
    private void runDueLater(String processInstanceId) {
        management.executeJob(management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult()
                .getId());
    }

    @Test
    void aBlacklistedClientGetsNoNewDealOnAnyChannelAndTheCallerReadsTheReason() {
        String inn = StageInputs.newTaxNumber();
        String nonpayer = "Nonpayer " + runOf(inn);
        String first = http.started("anna", lead(nonpayer + " LLC", inn, "anna", "COLD_LIST"));
        long client = http.clientOf(first);
        String blacklist = "/api/clients/" + client + "/blacklist";
        String reason = "Did not pay for deal D-2025-031";

        assertThat(http.put("anna", blacklist, Map.of("reason", reason)).getStatusCode().value()).isEqualTo(403);
        assertThat(http.put("helen", blacklist, Map.of("reason", " ")).getStatusCode().value()).isEqualTo(400);
        assertThat(http.put("helen", "/api/clients/987654321/blacklist", Map.of("reason", reason)).getStatusCode()
                .value()).isEqualTo(404);
        ResponseEntity<String> listed = http.put("helen", blacklist, Map.of("reason", reason));
        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        assertThat(json(listed).get("blacklisted").asBoolean()).isTrue();

        ResponseEntity<String> overApi = http.overApi("boris", lead(nonpayer, inn, "boris", "INBOUND"));
        ResponseEntity<String> overEngineRest = http.overEngineRest("anna", lead(nonpayer.toUpperCase() + " ООО", null,
                "anna", "INBOUND"));
        for (ResponseEntity<String> refused : new ResponseEntity[] {overApi, overEngineRest}) {
            assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(422);
            JsonNode violation = json(refused).get("violations").get(0);
            assertThat(violation.get("message").asText()).contains(reason);
        }
        assertThat(json(overApi).get("violations").get(0).get("field").asText()).isEqualTo("companyTaxId");
        assertThat(http.read("helen", "/api/clients/" + client).get("deals").asLong()).isEqualTo(1);
        assertThat(http.read("helen", "/api/clients?blacklisted=true&size=100&search=" + inn).get("clients")
                .findValuesAsText("id")).containsExactly(String.valueOf(client));
        assertThat(http.get("anna", "/api/clients").getStatusCode().value()).isEqualTo(403);

        assertThat(http.delete("helen", blacklist).getStatusCode().value()).isEqualTo(200);
        assertThat(http.overApi("boris", lead(nonpayer, inn, "boris", "INBOUND")).getStatusCode().value())
                .as("off the blacklist, the open deal is what stops a second one").isEqualTo(409);
    }
}

package com.dealstage.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineClock;
import com.dealstage.testsupport.StageInputs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The after-sales measures of a team of its own over HTTP: the repeat-sale share of paid revenue, the referral deals
 * that reached a contract, the NPS trend per week; for heads of sales only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AfterSalesFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TO_PAYMENT = List.of("coldCall", "meeting", "proposal", "closing", "contract",
            "payment");

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private IdentityService identity;

    @Test
    void repeatShareOfPaidRevenueAndReferralDealsThatReachedAContract() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String team = "after-sales-" + run;
        String eve = "eve" + run;
        identity.saveGroup(identity.newGroup(team));
        identity.saveUser(identity.newUser(eve));
        identity.createMembership(eve, team);
        drive(start(eve, "COLD_LIST"), TO_PAYMENT);
        drive(start(eve, "REPEAT"), TO_PAYMENT);
        drive(start(eve, "REFERRAL"), List.of("coldCall", "meeting", "proposal", "closing", "contract"));
        start(eve, "REFERRAL");
        LocalDate today = EngineClock.today();

        ResponseEntity<String> response = rest.withBasicAuth("helen", "helen").getForEntity(
                "/api/funnel/after-sales?from=" + today + "&to=" + today + "&team=" + team, String.class);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.getBody());
        assertThat(report.get("paidRevenue").decimalValue()).isEqualByComparingTo("2200000");
        assertThat(report.get("repeatRevenue").decimalValue()).isEqualByComparingTo("1100000");
        assertThat(report.get("repeatShare").asDouble()).isEqualTo(50.0);
        JsonNode manager = report.get("managers").get(0);
        assertThat(manager.get("manager").asText()).isEqualTo(eve);
        assertThat(manager.get("referralDeals").asLong()).isEqualTo(2);
        assertThat(manager.get("referralDealsContracted").asLong()).isEqualTo(1);
        assertThat(manager.get("referralContractShare").asDouble()).isEqualTo(50.0);
        assertThat(report.get("npsTrend")).hasSize(1);
        assertThat(report.get("npsTrend").get(0).get("from").asText()).isEqualTo(today.toString());
        assertThat(report.get("nps").has("answers")).isTrue();

        assertThat(rest.withBasicAuth("anna", "anna").getForEntity("/api/funnel/after-sales?from=" + today + "&to="
                + today, String.class).getStatusCode().value()).isEqualTo(403);
    }

    private String start(String manager, String source) {
        Map<String, Object> lead = new HashMap<>(StageInputs.newClientLead());
        lead.put("manager", manager);
        lead.put("source", source);
        return runtime.startProcessInstanceByKey("deal-pipeline", lead).getId();
    }

    private void drive(String deal, List<String> stages) {
        for (String stage : stages) {
            tasks.complete(tasks.createTaskQuery().processInstanceId(deal).taskDefinitionKey(stage).singleResult()
                    .getId(), StageInputs.forward(stage));
        }
    }
}

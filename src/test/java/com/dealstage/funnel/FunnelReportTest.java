package com.dealstage.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.journal.StageJournal;
import com.dealstage.journal.StageVisit;
import com.dealstage.testsupport.EngineClock;
import com.dealstage.testsupport.StageInputs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The funnel from a known history, over HTTP. A team of its own (a group this test creates, so other tests' deals
 * do not count): ada and bob, whose coefficients differ step by step, with rejections and deals still open at a
 * step; cyd without deals; dan whose deals were all rejected at the cold call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String team = "funnel-" + run;
    private final String ada = "ada" + run;
    private final String bob = "bob" + run;
    private final String cyd = "cyd" + run;
    private final String dan = "dan" + run;
    private final LocalDate today = EngineClock.today();
    private String unpaidDeal;

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private IdentityService identity;
    @Autowired
    private StageJournal journal;

    @BeforeAll
    void history() {
        identity.saveGroup(identity.newGroup(team));
        for (String[] person : new String[][] {{ada, "Ada", "Lovelace"}, {bob, "Bob", "Marley"}, {cyd, "Cyd", "Charisse"},
                {dan, "Dan", "Brown"}}) {
            User user = identity.newUser(person[0]);
            user.setFirstName(person[1]);
            user.setLastName(person[2]);
            identity.saveUser(user);
            identity.createMembership(person[0], team);
        }
        // ada: 12 leads; 4 rejected at the cold call (3 have a supplier), 8 meetings: 4 needs confirmed,
        // 1 rejected (product does not fit), 3 still open; of the 4: 3 contracts (2 paid, 1 not), 1 open at proposal
        for (String reason : List.of("HAS_SUPPLIER", "HAS_SUPPLIER", "HAS_SUPPLIER", "NO_BUDGET")) {
            rejectAt(start(ada), List.of(), "coldCall", reason);
        }
        rejectAt(start(ada), List.of("coldCall"), "meeting", "PRODUCT_NOT_FIT");
        for (int i = 0; i < 3; i++) {
            drive(start(ada), List.of("coldCall"));
        }
        drive(start(ada), List.of("coldCall", "meeting"));
        for (int i = 0; i < 2; i++) {
            drive(start(ada), List.of("coldCall", "meeting", "proposal", "closing", "contract", "payment"));
        }
        unpaidDeal = start(ada);
        drive(unpaidDeal, List.of("coldCall", "meeting", "proposal", "closing", "contract"));
        complete(unpaidDeal, "payment", StageInputs.notPaid("CLIENT_REFUSED"));
        // bob: 6 leads, all met; 5 needs confirmed, 1 open at the meeting; of the 5: 2 paid, 1 rejected at closing,
        // 2 open at the proposal
        drive(start(bob), List.of("coldCall"));
        for (int i = 0; i < 2; i++) {
            drive(start(bob), List.of("coldCall", "meeting", "proposal", "closing", "contract", "payment"));
        }
        rejectAt(start(bob), List.of("coldCall", "meeting", "proposal"), "closing", "PRICE_TOO_HIGH");
        for (int i = 0; i < 2; i++) {
            drive(start(bob), List.of("coldCall", "meeting"));
        }
        // dan: 6 leads, every one without budget at the cold call
        for (int i = 0; i < 6; i++) {
            rejectAt(start(dan), List.of(), "coldCall", "NO_BUDGET");
        }
    }

    @Test
    void everyCountCoefficientGapWeakestStepAndPairingAsTheMethodDefinesThem() throws Exception {
        JsonNode funnel = read("helen", "/api/funnel?from=" + today + "&to=" + today + "&team=" + team);

        assertThat(funnel.get("team").asText()).isEqualTo(team);
        assertThat(funnel.get("from").asText()).isEqualTo(today.toString());
        assertThat(funnel.get("targets").toString()).isEqualTo(
                "{\"acquainted\":100,\"presented\":80,\"contracted\":80,\"paid\":95}");
        assertThat(steps(funnel.get("total"))).containsExactly(
                "listed 24", "acquainted 14 58.3 100 -41.7", "presented 9 64.3 80 -15.7", "contracted 5 55.6 80 -24.4",
                "paid 4 80.0 95 -15.0");
        assertThat(funnel.get("managers").findValuesAsText("manager")).containsExactly(ada, bob, cyd, dan);

        JsonNode adaFunnel = manager(funnel, ada);
        assertThat(adaFunnel.get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(steps(adaFunnel)).containsExactly("listed 12", "acquainted 8 66.7 100 -33.3",
                "presented 4 50.0 80 -30.0", "contracted 3 75.0 80 -5.0", "paid 2 66.7 95 -28.3");
        assertThat(adaFunnel.get("weakestStep").asText()).isEqualTo("acquainted");
        assertThat(adaFunnel.get("learnFrom").asText()).as("bob books every call he makes").isEqualTo(bob);
        assertThat(adaFunnel.get("teaches")).isEmpty();

        JsonNode bobFunnel = manager(funnel, bob);
        assertThat(steps(bobFunnel)).containsExactly("listed 6", "acquainted 6 100.0 100 0.0",
                "presented 5 83.3 80 3.3", "contracted 2 40.0 80 -40.0", "paid 2 100.0 95 5.0");
        assertThat(bobFunnel.get("weakestStep").asText()).isEqualTo("contracted");
        assertThat(bobFunnel.get("learnFrom").isNull())
                .as("ada contracts 75 %, but over 4 presentations: fewer than min-deals (5) teach nobody").isTrue();
        assertThat(bobFunnel.get("teaches").toString()).isEqualTo("[\"acquainted\",\"presented\"]");

        JsonNode cydFunnel = manager(funnel, cyd);
        assertThat(steps(cydFunnel)).as("no deals: no coefficient (nor gap), neither 0 nor 100; the target stands")
                .containsExactly("listed 0", "acquainted 0 100", "presented 0 80", "contracted 0 80", "paid 0 95");
        assertThat(cydFunnel.get("weakestStep").isNull()).isTrue();
        assertThat(cydFunnel.get("learnFrom").isNull()).isTrue();

        JsonNode danFunnel = manager(funnel, dan);
        assertThat(steps(danFunnel)).as("a step over zero deals has no coefficient").containsExactly("listed 6",
                "acquainted 0 0.0 100 -100.0", "presented 0 80", "contracted 0 80", "paid 0 95");
        assertThat(danFunnel.get("weakestStep").asText()).isEqualTo("acquainted");
        assertThat(danFunnel.get("learnFrom").asText()).isEqualTo(bob);
    }

    @Test
    void notPaidEndsTheDealIsJournaledAndCountsAgainstThePaidStep() {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(unpaidDeal).count()).isZero();
        StageVisit payment = journal.of(unpaidDeal).stream().filter(visit -> visit.stage().equals("payment"))
                .findFirst().orElseThrow();
        assertThat(payment.outcome()).isEqualTo("NOT_PAID");
        assertThat(payment.leftAs()).isEqualTo(StageVisit.COMPLETED);
    }

    @Test
    void rejectionsByReasonStageAndManagerFlagWhatTheMethodTreatsAsACoachingSignal() throws Exception {
        JsonNode report = read("helen", "/api/funnel/rejections?from=" + today + "&to=" + today + "&team=" + team);

        assertThat(report.get("rejections").asLong()).isEqualTo(12);
        assertThat(pairs(report.get("byReason"), "reason")).containsExactly("HAS_SUPPLIER 3", "NO_BUDGET 7",
                "PRICE_TOO_HIGH 1", "PRODUCT_NOT_FIT 1");
        assertThat(pairs(report.get("byStage"), "stage")).containsExactly("closing 1", "coldCall 10", "meeting 1");
        JsonNode adaRejections = manager(report, ada);
        assertThat(adaRejections.get("rejections").asLong()).isEqualTo(5);
        assertThat(adaRejections.get("coachingSignals").toString())
                .as("60 % of ada's rejections are 'has a supplier' against 25 % of the team's")
                .isEqualTo("[\"HAS_SUPPLIER\",\"PRODUCT_NOT_FIT\"]");
        assertThat(manager(report, dan).get("coachingSignals")).as("no budget is market data").isEmpty();
        assertThat(manager(report, bob).get("coachingSignals")).as("one rejection is no pattern").isEmpty();
        assertThat(report.get("coachingRule").asText()).contains("HAS_SUPPLIER or PRODUCT_NOT_FIT", "1.5");
    }

    @Test
    void aSalesManagerSeesOnlyHimselfAndOtherRolesNothing() throws Exception {
        String period = "from=" + today + "&to=" + today;
        JsonNode own = read("anna", "/api/funnel?" + period);
        assertThat(own.get("managers").findValuesAsText("manager")).containsExactly("anna");

        assertThat(get("anna", "/api/funnel?" + period + "&manager=boris").getStatusCode().value()).isEqualTo(403);
        assertThat(get("anna", "/api/funnel/rejections?" + period).getStatusCode().value()).isEqualTo(403);
        assertThat(get("quinn", "/api/funnel?" + period).getStatusCode().value()).isEqualTo(403);
        assertThat(get("paul", "/api/funnel?" + period).getStatusCode().value()).isEqualTo(403);
        assertThat(rest.getForEntity("/api/funnel?" + period, String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void badParametersAre400NamingTheParameter() throws Exception {
        assertProblem(get("helen", "/api/funnel?from=2026-13-01&to=" + today), "from");
        assertProblem(get("helen", "/api/funnel?to=" + today), "from");
        assertProblem(get("helen", "/api/funnel?from=" + today + "&to=" + today.minusDays(1)), "to");
        assertProblem(get("helen", "/api/funnel?from=" + today + "&to=" + today + "&team=no-such-team"), "team");
        assertProblem(get("helen", "/api/funnel?from=" + today + "&to=" + today + "&team=" + team + "&manager=anna"),
                "manager");
    }

    @Test
    void theReportsOpenInExcelAsCsvWithCyrillicIntact() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "text/csv");
        ResponseEntity<byte[]> csv = rest.withBasicAuth("helen", "helen").exchange("/api/funnel?from=" + today + "&to="
                + today + "&team=" + team, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);

        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        byte[] body = csv.getBody();
        assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("from;to;team;manager;name;step;deals;coefficient;target;gap;weakestStep;"
                + "learnFrom");
        assertThat(lines).contains(today + ";" + today + ";" + team + ";" + ada + ";Ada Lovelace;acquainted;8;66.7;100;"
                + "-33.3;acquainted;" + bob);
        assertThat(lines).hasSize(1 + 5 * 5);
    }

    @Test
    void aCallerThatAcceptsAnythingGetsJson() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "*/*");
        ResponseEntity<String> response = rest.withBasicAuth("helen", "helen").exchange("/api/funnel?from=" + today
                + "&to=" + today + "&team=" + team, HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/json");
    }

    private String start(String manager) {
        Map<String, Object> lead = new HashMap<>(StageInputs.newClientLead());
        lead.put("manager", manager);
        return runtime.startProcessInstanceByKey("deal-pipeline", lead).getId();
    }

    private void drive(String deal, List<String> stages) {
        for (String stage : stages) {
            complete(deal, stage, StageInputs.forward(stage));
        }
    }

    private void rejectAt(String deal, List<String> before, String stage, String reason) {
        drive(deal, before);
        complete(deal, stage, StageInputs.rejectionAt(stage, reason));
    }

    private void complete(String deal, String stage, Map<String, Object> values) {
        var task = tasks.createTaskQuery().processInstanceId(deal).taskDefinitionKey(stage).singleResult();
        tasks.complete(task.getId(), values);
    }

    private ResponseEntity<String> get(String user, String path) {
        return rest.withBasicAuth(user, user).getForEntity(path, String.class);
    }

    private JsonNode read(String user, String path) throws Exception {
        ResponseEntity<String> response = get(user, path);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return JSON.readTree(response.getBody());
    }

    private static JsonNode manager(JsonNode report, String id) {
        for (JsonNode manager : report.get("managers")) {
            if (manager.get("manager").asText().equals(id)) {
                return manager;
            }
        }
        throw new AssertionError(id + " not in " + report);
    }

    /** "step deals [coefficient target gap]" per step, absent values left out. */
    private static List<String> steps(JsonNode funnel) {
        List<String> steps = new ArrayList<>();
        for (JsonNode step : funnel.get("steps")) {
            StringBuilder line = new StringBuilder(step.get("step").asText() + " " + step.get("deals").asLong());
            for (String field : List.of("coefficient", "target", "gap")) {
                if (step.has(field)) {
                    line.append(' ').append(step.get(field).asText());
                }
            }
            steps.add(line.toString());
        }
        return steps;
    }

    private static List<String> pairs(JsonNode rows, String key) {
        List<String> pairs = new ArrayList<>();
        rows.forEach(row -> pairs.add(row.get(key).asText() + " " + row.get("rejections").asLong()));
        return pairs;
    }

    private static void assertProblem(ResponseEntity<String> response, String parameter) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getBody());
        assertThat(problem.get("parameter").asText()).isEqualTo(parameter);
        assertThat(problem.get("detail").asText()).containsIgnoringCase(parameter);
    }
}

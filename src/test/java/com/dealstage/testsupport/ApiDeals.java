package com.dealstage.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Drives deals over /api as their manager, anna: each deal a client of its own, so no test meets another's. */
public final class ApiDeals {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> TASKS = new ParameterizedTypeReference<>() {
    };
    private final TestRestTemplate anna;

    public ApiDeals(TestRestTemplate rest) {
        this.anna = rest.withBasicAuth("anna", "anna");
    }

    /** A lead of a company no other test uses (no tax number: names alone keep clients apart). */
    public static Map<String, Object> lead() {
        Map<String, Object> lead = new HashMap<>(StageInputs.leadIntake());
        lead.remove("companyTaxId");
        lead.put("companyName", "Journal " + UUID.randomUUID());
        return lead;
    }

    public String start(Map<String, Object> lead) {
        ResponseEntity<Map> started = anna.postForEntity("/api/deals", lead, Map.class);
        assertThat(started.getStatusCode().value()).isEqualTo(201);
        return (String) started.getBody().get("id");
    }

    /** Completes the deal's one open stage, which must be {@code stage}; returns the HTTP status. */
    public int complete(String deal, String stage, Map<String, Object> values) {
        Map<String, Object> task = openTask(deal);
        assertThat(task.get("stage")).isEqualTo(stage);
        return anna.postForEntity("/api/tasks/" + task.get("id") + "/complete", values, String.class)
                .getStatusCode().value();
    }

    /** Moves the deal forward from {@code stage} along the happy path, fulfilled well in the future. */
    public void forward(String deal, String stage) {
        Map<String, Object> values = new HashMap<>(StageInputs.forward(stage));
        if (stage.equals("fulfilment")) {
            // survey and acts timers lie in the future, whenever the test runs: nothing moves the deal behind our back
            values.put("fulfilmentDate", EngineClock.today().plusDays(60).toString());
        }
        assertThat(complete(deal, stage, values)).as("completing %s", stage).isEqualTo(204);
    }

    /** A deal of a client of its own, brought to its payment stage with {@code contractNumber} on its contract. */
    public String atPayment(String contractNumber) {
        String deal = start(new HashMap<>(StageInputs.newClientLead()));
        for (String stage : new String[] {"coldCall", "meeting", "proposal", "closing"}) {
            forward(deal, stage);
        }
        Map<String, Object> contract = new HashMap<>(StageInputs.forward("contract"));
        contract.put("contractNumber", contractNumber);
        assertThat(complete(deal, "contract", contract)).isEqualTo(204);
        return deal;
    }

    public Map<String, Object> openTask(String deal) {
        List<Map<String, Object>> tasks = anna.exchange("/api/deals/" + deal + "/tasks", HttpMethod.GET, null, TASKS)
                .getBody();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }
}

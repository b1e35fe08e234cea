package com.dealstage.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Leads and deal reads over both HTTP APIs, as a given demo user (password = user id, admin's admin-test). */
final class LeadRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestRestTemplate rest;

    LeadRequests(TestRestTemplate rest) {
        this.rest = rest;
    }

    static Map<String, Object> lead(String companyName, String taxId, String manager, String source) {
        Map<String, Object> lead = new HashMap<>(Map.of("companyName", companyName, "source", source,
                "manager", manager));
        if (taxId != null) {
            lead.put("companyTaxId", taxId);
        }
        return lead;
    }

    TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, user.equals("admin") ? "admin-test" : user);
    }

    ResponseEntity<String> overApi(String user, Map<String, Object> lead) {
        return as(user).postForEntity("/api/deals", lead, String.class);
    }

    ResponseEntity<String> overEngineRest(String user, Map<String, Object> lead) {
        return as(user).postForEntity("/engine-rest/process-definition/key/deal-pipeline/start",
                Map.of("variables", EngineRestClient.camundaVariables(lead)), String.class);
    }

    /** Starts the deal over /api and returns its id (the 201 answer's). */
    String started(String user, Map<String, Object> lead) {
        ResponseEntity<String> response = overApi(user, lead);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        return json(response).get("id").asText();
    }

    ResponseEntity<String> get(String user, String path) {
        return as(user).getForEntity(path, String.class);
    }

    JsonNode read(String user, String path) {
        ResponseEntity<String> response = get(user, path);
        assertThat(response.getStatusCode().value()).as(path + ": " + response.getBody()).isEqualTo(200);
        return json(response);
    }

    ResponseEntity<String> put(String user, String path, Object body) {
        return as(user).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class);
    }

    ResponseEntity<String> delete(String user, String path) {
        return as(user).exchange(path, HttpMethod.DELETE, null, String.class);
    }

    void complete(String user, String dealId, Map<String, Object> values) {
        String task = read(user, "/api/deals/" + dealId + "/tasks").get(0).get("id").asText();
        assertThat(as(user).postForEntity("/api/tasks/" + task + "/complete", values, String.class).getStatusCode()
                .value()).isEqualTo(204);
    }

    long clientOf(String dealId) {
        return read("helen", "/api/deals/" + dealId).get("client").get("id").asLong();
    }

    static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.getBody(), e);
        }
    }
}

package com.dealstage.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Talks to /engine-rest the way any HTTP client would, as one user with HTTP Basic. */
public final class EngineRestClient {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    private final TestRestTemplate http;

    /** A demo user, whose password is the user id. */
    public EngineRestClient(TestRestTemplate rest, String user) {
        this(rest, user, user);
    }

    public EngineRestClient(TestRestTemplate rest, String user, String password) {
        this.http = rest.withBasicAuth(user, password);
    }

    /** The administrator (password {@code admin-test} in the test profile): may read every deal. */
    public static EngineRestClient admin(TestRestTemplate rest) {
        return new EngineRestClient(rest, "admin", "admin-test");
    }

    public String startDeal(Map<String, Object> variables) {
        ResponseEntity<Map> response = http.postForEntity("/engine-rest/process-definition/key/deal-pipeline/start",
                Map.of("variables", camundaVariables(variables)), Map.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("Start failed: " + response);
        }
        return (String) response.getBody().get("id");
    }

    public List<Map<String, Object>> tasks(String processInstanceId) {
        return http.exchange("/engine-rest/task?processInstanceId=" + processInstanceId, HttpMethod.GET, null, LIST)
                .getBody();
    }

    public ResponseEntity<String> complete(String taskId, Map<String, Object> variables) {
        return http.postForEntity("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", camundaVariables(variables)), String.class);
    }

    public List<Map<String, Object>> list(String path) {
        return http.exchange(path, HttpMethod.GET, null, LIST).getBody();
    }

    public ResponseEntity<Map> get(String path) {
        return http.getForEntity(path, Map.class);
    }

    /** Camunda's REST format: each variable as {"value": ...}; the engine infers the type from JSON. */
    public static Map<String, Object> camundaVariables(Map<String, Object> variables) {
        Map<String, Object> result = new LinkedHashMap<>();
        variables.forEach((name, value) -> result.put(name, Map.of("value", value)));
        return result;
    }

    /** The same, each value marked transient: used but not stored, so the gate must not count it. */
    public static Map<String, Object> transientVariables(Map<String, Object> variables) {
        Map<String, Object> result = new LinkedHashMap<>();
        variables.forEach((name, value) -> result.put(name, Map.of("value", value,
                "valueInfo", Map.of("transient", true))));
        return result;
    }
}

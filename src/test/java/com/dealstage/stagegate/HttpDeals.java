package com.dealstage.stagegate;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.Stages;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/** Drives deals over /engine-rest as their manager (anna) and reads them back as admin, who may read anything. */
final class HttpDeals {

    static final String ADMIN_PASSWORD = "admin-test";
    private final EngineRestClient anna;
    private final TestRestTemplate admin;

    HttpDeals(TestRestTemplate rest) {
        this.anna = new EngineRestClient(rest, "anna");
        this.admin = rest.withBasicAuth("admin", ADMIN_PASSWORD);
    }

    /** A deal of anna's waiting at {@code stage}, reached along the happy path. */
    String driveTo(String stage) {
        String deal = anna.startDeal(StageInputs.newClientLead());
        for (String current : Stages.HAPPY_PATH) {
            if (current.equals(stage)) {
                break;
            }
            assertThat(anna.complete(taskId(deal), StageInputs.forward(current)).getStatusCode().value())
                    .as("completing %s", current).isEqualTo(204);
        }
        assertThat(openStages(deal)).containsExactly(stage);
        return deal;
    }

    String taskId(String deal) {
        return (String) admin.exchange("/engine-rest/task?processInstanceId=" + deal, HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody().get(0).get("id");
    }

    List<String> openStages(String deal) {
        return admin.exchange("/engine-rest/task?processInstanceId=" + deal, HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody().stream()
                .map(task -> (String) task.get("taskDefinitionKey")).toList();
    }

    /** The deal's stored variables as plain values, read as admin. */
    @SuppressWarnings("unchecked")
    Map<String, Object> storedValues(String deal) {
        Map<String, Map<String, Object>> variables = admin.getForObject(
                "/engine-rest/process-instance/" + deal + "/variables", Map.class);
        return variables.entrySet().stream().filter(e -> e.getValue().get("value") != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get("value")));
    }

    long dealCount() {
        return ((Number) admin.getForObject("/engine-rest/process-instance/count", Map.class).get("count")).longValue();
    }

    TestRestTemplate admin() {
        return admin;
    }
}

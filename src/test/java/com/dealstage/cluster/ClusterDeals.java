package com.dealstage.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** What the cluster tests do to deals over HTTP, on whichever node they name. */
final class ClusterDeals {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private ClusterDeals() {
    }

    /** anna starts a deal for a client of its own over /api: the deal id, or null when not 201. */
    static String start(AppNode node) {
        ResponseEntity<Map> started = node.as("anna").postForEntity("/api/deals", StageInputs.newClientLead(), Map.class);
        return started.getStatusCode().value() == 201 ? (String) started.getBody().get("id") : null;
    }

    static List<Map<String, Object>> list(AppNode node, String user, String path) {
        return node.as(user).exchange(path, HttpMethod.GET, null, LIST).getBody();
    }

    static String openTaskId(AppNode node, String deal) {
        List<Map<String, Object>> tasks = list(node, "admin", "/engine-rest/task?processInstanceId=" + deal);
        assertThat(tasks).as("open tasks of %s", deal).hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    /** Completes the deal's open task over /engine-rest as anna; returns the HTTP status. */
    static int complete(AppNode node, String taskId, Map<String, Object> values) {
        return completion(node, taskId, values).getStatusCode().value();
    }

    static ResponseEntity<String> completion(AppNode node, String taskId, Map<String, Object> values) {
        return node.as("anna").postForEntity("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", EngineRestClient.camundaVariables(values)), String.class);
    }

    /** A deal started and rejected at the cold call for lack of budget: its re-contact timer waits. */
    static String rejected(AppNode node) {
        String deal = start(node);
        assertThat(deal).isNotNull();
        assertThat(complete(node, openTaskId(node, deal), StageInputs.rejectionAt("coldCall", "NO_BUDGET")))
                .isEqualTo(204);
        return deal;
    }

    static Map<String, Object> timer(AppNode node, String deal) {
        List<Map<String, Object>> jobs = list(node, "admin", "/engine-rest/job?timers=true&processInstanceId=" + deal);
        assertThat(jobs).as("timers of %s", deal).hasSize(1);
        return jobs.get(0);
    }

    /** As an administrator would in Cockpit: the deal's re-contact timer is due now. */
    static void makeDueNow(AppNode node, String deal) {
        String job = (String) timer(node, deal).get("id");
        ResponseEntity<String> answer = node.as("admin").exchange("/engine-rest/job/" + job + "/duedate", HttpMethod.PUT,
                new HttpEntity<>(Map.of("duedate", CAMUNDA_DATE.format(OffsetDateTime.now().minusSeconds(1)))),
                String.class);
        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(204);
    }
}

package com.dealstage.benchmark;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.Stages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.HdrHistogram.Recorder;

/** One deal over /engine-rest as its manager anna, the way an integration drives it; completions are timed. */
final class RestDeals implements Workload.OneDeal {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String root;
    private final String auth = "Basic " + Base64.getEncoder().encodeToString("anna:anna".getBytes(StandardCharsets.UTF_8));

    RestDeals(int port) {
        this.root = "http://127.0.0.1:" + port + "/engine-rest";
    }

    @Override
    public void run(Recorder completionLatency) throws Exception {
        String deal = call("POST", "/process-definition/key/deal-pipeline/start",
                Map.of("variables", EngineRestClient.camundaVariables(StageInputs.newClientLead())), 200).path("id").asText();
        for (String stage : Stages.HAPPY_PATH) {
            String task = call("GET", "/task?processInstanceId=" + deal + "&taskDefinitionKey=" + stage, null, 200)
                    .get(0).path("id").asText();
            long start = System.nanoTime();
            call("POST", "/task/" + task + "/complete",
                    Map.of("variables", EngineRestClient.camundaVariables(StageInputs.forward(stage))), 204);
            completionLatency.recordValue(System.nanoTime() - start);
        }
    }

    private JsonNode call(String method, String path, Object body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).header("Authorization", auth)
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}

package com.dealstage.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The migration endpoint as a caller uses it, and the new diagram version a process owner deploys from Modeler. */
final class MigrationClient {

    static final String MIGRATIONS = "/api/processes/deal-pipeline/migrations";

    private final TestRestTemplate caller;

    MigrationClient(TestRestTemplate caller) {
        this.caller = caller;
    }

    Map<String, Object> post(Map<String, Object> body, int status) {
        return post(new HttpEntity<>(body, json()), status);
    }

    Map<String, Object> postText(String body, int status) {
        return post(new HttpEntity<>(body, json()), status);
    }

    Map<String, Object> progress(String batchId, int status) {
        ResponseEntity<Map> answer = caller.getForEntity(MIGRATIONS + "/" + batchId, Map.class);
        assertThat(answer.getStatusCode().value()).as("GET %s -> %s", batchId, answer.getBody()).isEqualTo(status);
        return answer.getBody();
    }

    private Map<String, Object> post(HttpEntity<?> request, int status) {
        ResponseEntity<Map> answer = caller.exchange(MIGRATIONS, HttpMethod.POST, request, Map.class);
        assertThat(answer.getStatusCode().value()).as("POST %s -> %s", request.getBody(), answer.getBody())
                .isEqualTo(status);
        return answer.getBody();
    }

    /** A process owner (paul) deploying from Modeler: POST /engine-rest/deployment/create; returns the version. */
    static int deployAsModelerDoes(TestRestTemplate rest, String diagram) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "deal-pipeline with site survey");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("data", new ByteArrayResource(diagram.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "deal-pipeline.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<Map> deployed = rest.withBasicAuth("paul", "paul").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(parts, headers), Map.class);
        assertThat(deployed.getStatusCode().value()).as("deployment: %s", deployed.getBody()).isEqualTo(200);
        Map<String, Map<String, Object>> definitions = (Map<String, Map<String, Object>>) deployed.getBody()
                .get("deployedProcessDefinitions");
        return (Integer) definitions.values().iterator().next().get("version");
    }

    /** processes/deal-pipeline.bpmn with a stage added between the booked meeting and the meeting (no Java, no rule). */
    static String withSiteSurveyStage() throws Exception {
        String diagram = Files.readString(Path.of("processes/deal-pipeline.bpmn"));
        return replaceOnce(replaceOnce(diagram,
                "<bpmn:sequenceFlow id=\"toMeeting\" sourceRef=\"meetingMerge\" targetRef=\"meeting\" />",
                """
                <bpmn:userTask id="siteSurvey" name="Site survey" camunda:assignee="${manager}" camunda:candidateGroups="sales-managers">
                      <bpmn:incoming>toSiteSurvey</bpmn:incoming>
                      <bpmn:outgoing>toMeeting</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="toSiteSurvey" sourceRef="meetingMerge" targetRef="siteSurvey" />
                    <bpmn:sequenceFlow id="toMeeting" sourceRef="siteSurvey" targetRef="meeting" />"""),
                "<bpmn:outgoing>toMeeting</bpmn:outgoing>\n    </bpmn:exclusiveGateway>",
                "<bpmn:outgoing>toSiteSurvey</bpmn:outgoing>\n    </bpmn:exclusiveGateway>");
    }

    private static String replaceOnce(String text, String old, String replacement) {
        assertThat(text.split(Pattern.quote(old), -1)).as(old).hasSize(2);
        return text.replace(old, replacement);
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}

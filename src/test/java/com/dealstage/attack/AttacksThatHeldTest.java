package com.dealstage.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dealstage.testsupport.StageInputs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Attacks on issue 12 that the change withstood (kept as guards; all pass). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AttacksThatHeldTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService taskService;

    @Test
    void listOnlyVariablesCannotBeSetByACaller() {
        for (String field : List.of("importId", "importLine", "assignedBy", "leadScore", "contactName",
                "contactPhone", "contactEmail")) {
            Map<String, Object> lead = new HashMap<>(StageInputs.newClientLead());
            lead.put(field, field.equals("leadScore") || field.equals("importLine") ? 100 : "x@y.example");
            ResponseEntity<String> api = as("anna").postForEntity("/api/deals", lead, String.class);
            assertThat(api.getStatusCode().value()).as("/api " + field + ": " + api.getBody()).isBetween(400, 499);

            Map<String, Object> variables = new HashMap<>();
            StageInputs.newClientLead().forEach((k, v) -> variables.put(k, Map.of("value", v)));
            variables.put(field, Map.of("value", lead.get(field)));
            ResponseEntity<String> engine = as("anna").postForEntity(
                    "/engine-rest/process-definition/key/deal-pipeline/start", Map.of("variables", variables),
                    String.class);
            assertThat(engine.getStatusCode().value()).as("engine-rest " + field + ": " + engine.getBody())
                    .isBetween(400, 499);
        }
        ResponseEntity<String> started = as("anna").postForEntity("/api/deals",
                new HashMap<>(StageInputs.newClientLead()), String.class);
        String deal = json(started.getBody()).get("id").asText();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        for (String user : List.of("anna", "helen", "admin")) {
            ResponseEntity<String> put = as(user).exchange("/engine-rest/process-instance/" + deal
                    + "/variables/leadScore", HttpMethod.PUT, new HttpEntity<>("{\"value\": 100, \"type\": \"Integer\"}",
                    headers), String.class);
            assertThat(put.getStatusCode().value()).as(user + ": " + put.getBody()).isBetween(400, 499);
        }
        // the score the scoring rules gave at the start stands (the cold call's priority), not the caller's 100
        Object score = runtime.getVariable(deal, "leadScore");
        assertThat(score).isNotEqualTo(100).isEqualTo(taskService.createTaskQuery().processInstanceId(deal)
                .singleResult().getPriority());
    }

    @Test
    void extraColumnsSeparatorsInTheInnAndNameThenInnInOneFile() {
        String run = "H" + System.nanoTime();
        String inn = StageInputs.newTaxNumber();
        String spaced = inn.substring(0, 2) + "-" + inn.substring(2, 5) + " " + inn.substring(5);
        String other = StageInputs.newTaxNumber();
        String csv = String.join("\r\n", "Компания;ИНН;importId;leadScore;passedStages;assignedBy;Менеджер",
                "Альфа " + run + ";" + inn + ";evil;100;leadIntake,coldCall,meeting;me;anna",
                "ООО «альфа " + run + "»;" + spaced + ";;;;;anna",
                "Бета " + run + ";;;;;;boris",
                "БЕТА " + run + " LLC;" + other + ";;;;;boris",
                "\"Гамма " + run + "\";;;;;;anna",
                "Гамма " + run + ";" + StageInputs.newTaxNumber() + ";;;;;anna") + "\r\n";
        String id = started(body(csv.getBytes(StandardCharsets.UTF_8)));
        JsonNode done = finished(id);
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("started").asLong()).as(done.toString()).isEqualTo(3);
        String deal = report(id).get(2L).split(";")[6];
        assertThat(runtime.getVariable(deal, "importId")).isEqualTo(id);
        assertThat(runtime.getVariable(deal, "leadScore")).isNotEqualTo(100);
        assertThat(runtime.getVariable(deal, "passedStages")).isEqualTo("leadIntake");
        assertThat(report(id).get(3L)).startsWith("3;SKIPPED;DUPLICATE_IN_FILE;");
        assertThat(report(id).get(5L)).startsWith("5;SKIPPED;");
        assertThat(report(id).get(7L)).startsWith("7;SKIPPED;");
    }

    @Test
    void hugeCellsCostTheirLineOnly() {
        String run = "C" + System.nanoTime();
        String csv = String.join("\r\n", "Компания;ИНН;Контакт;Регион;Менеджер;Источник",
                "Длинный " + run + ";" + StageInputs.newTaxNumber() + ";" + "Я".repeat(100_000) + ";;anna;",
                "Регион " + run + ";" + StageInputs.newTaxNumber() + ";;" + "R".repeat(5000) + ";anna;",
                "Источник " + run + ";" + StageInputs.newTaxNumber() + ";;;anna;" + "S".repeat(5000),
                "Менеджер " + run + ";" + StageInputs.newTaxNumber() + ";;;" + "m".repeat(100_000) + ";",
                "Имя " + "N".repeat(100_000) + ";" + StageInputs.newTaxNumber() + ";;;anna;",
                "Хороший " + run + ";" + StageInputs.newTaxNumber() + ";;;anna;") + "\r\n";
        String id = started(body(csv.getBytes(StandardCharsets.UTF_8)));
        JsonNode done = finished(id);
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(report(id).get(7L)).startsWith("7;STARTED;");
    }

    @Test
    void importsOfOthersAndResumes() {
        String csv = "Компания;ИНН;Менеджер\r\nД " + System.nanoTime() + ";" + StageInputs.newTaxNumber() + ";anna\r\n";
        String id = started(body(csv.getBytes(StandardCharsets.UTF_8)));
        finished(id);
        for (String user : List.of("anna", "quinn", "paul", "accounting")) {
            assertThat(as(user).getForEntity("/api/imports/" + id, String.class).getStatusCode().value()).as(user)
                    .isIn(403, 404);
            assertThat(as(user).getForEntity("/api/imports/" + id + "/report", String.class).getStatusCode().value())
                    .as(user).isIn(403, 404);
            assertThat(as(user).postForEntity("/api/imports/" + id + "/resume", null, String.class).getStatusCode()
                    .value()).as(user).isIn(403, 404);
        }
        assertThat(as("helen").postForEntity("/api/imports/" + id + "/resume", null, String.class).getStatusCode()
                .value()).isEqualTo(409);
        assertThat(as("helen").postForEntity("/api/imports/nope/resume", null, String.class).getStatusCode()
                .value()).isEqualTo(404);
    }

    private Map<Long, String> report(String id) {
        String text = new String(as("helen").getForEntity("/api/imports/" + id + "/report", byte[].class).getBody(),
                StandardCharsets.UTF_8);
        return Arrays.stream(text.split("\r\n")).filter(l -> !l.isEmpty() && Character.isDigit(l.charAt(0)))
                .collect(Collectors.toMap(l -> Long.parseLong(l.substring(0, l.indexOf(';'))), l -> l));
    }

    private ResponseEntity<String> body(byte[] csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return as("helen").postForEntity("/api/imports", new HttpEntity<>(csv, headers), String.class);
    }

    private static String started(ResponseEntity<String> accepted) {
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        return json(accepted.getBody()).get("id").asText();
    }

    private JsonNode finished(String id) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> json(as("helen").getForEntity("/api/imports/" + id, String.class).getBody()),
                        status -> !"RUNNING".equals(status.get("status").asText()));
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception ex) {
            throw new IllegalStateException(body, ex);
        }
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, user.equals("admin") ? "admin-test" : user);
    }
}

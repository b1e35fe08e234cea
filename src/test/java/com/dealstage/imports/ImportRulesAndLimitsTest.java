package com.dealstage.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may import, what a wrong file or request gets (4xx naming the problem, never a 500), the size limit (413 with
 * the limit) and the best-scored leads first in Tasklist's "My tasks".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportRulesAndLimitsTest {

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private FilterService filters;
    @Autowired
    private ImportsProperties properties;
    private ImportRequests http;

    @BeforeEach
    void client() {
        http = new ImportRequests(rest);
    }

    @Test
    void onlyHeadsOfSalesImportAndAnImportIsReadByThemAndItsUploader() {
        byte[] csv = ("companyName\nRoles " + System.nanoTime() + "\n").getBytes(StandardCharsets.UTF_8);
        for (String user : List.of("anna", "quinn", "paul", "accounting")) {
            assertThat(http.upload(user, csv, "list.csv", null).getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(rest.postForEntity("/api/imports", csv, String.class).getStatusCode().value()).isEqualTo(401);
        String id = ImportRequests.json(http.upload("helen", csv, "list.csv", null)).get("id").asText();
        http.finished(id);

        assertThat(http.as("admin").getForEntity("/api/imports/" + id, String.class).getStatusCode().value())
                .isEqualTo(200);
        ResponseEntity<String> manager = http.as("anna").getForEntity("/api/imports/" + id, String.class);
        assertThat(manager.getStatusCode().value()).isEqualTo(404);
        assertThat(http.as("anna").getForEntity("/api/imports/" + id + "/report", String.class).getStatusCode()
                .value()).isEqualTo(404);
        assertThat(http.as("helen").getForEntity("/api/imports/no-such-id", String.class).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void aWrongFileOrRequestIsA400NamingTheProblem() {
        assertRefused(http.upload("helen", "Name;Phone\nAcme;123\n".getBytes(StandardCharsets.UTF_8), "a.csv", null),
                400, "No column holds the company name");
        assertRefused(http.upload("helen", new byte[0], "empty.csv", null), 400, "empty");
        assertRefused(http.upload("helen", bytes("Company\nX\n"), "a.csv", "charset=klingon"), 400, "'charset'");
        assertRefused(http.upload("helen", bytes("Company\nX\n"), "a.csv", "mapping=notjson"), 400, "'mapping'");
        assertRefused(http.upload("helen", bytes("Фирма\nX\n"), "a.csv", "mapping={\"Фирма\":\"salary\"}"), 400,
                "field 'salary'");
        assertRefused(http.upload("helen", bytes("Company;Компания\nX;Y\n"), "a.csv", null), 400, "Two columns");
    }

    @Test
    void aCallerMappingNamesColumnsTheAliasesDoNotKnow() {
        String name = "Mapped " + System.nanoTime();
        ResponseEntity<String> accepted = http.upload("helen", bytes("Фирма,Куратор\n" + name + ",boris\n"), "m.csv",
                "mapping={\"Фирма\":\"companyName\",\"Куратор\":\"manager\"}");
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        JsonNode done = http.finished(ImportRequests.json(accepted).get("id").asText());
        assertThat(done.get("started").asLong()).isEqualTo(1);
        assertThat(done.get("separator").asText()).isEqualTo(",");
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("companyName", name).variableValueEquals(
                "manager", "boris").count()).isEqualTo(1);
    }

    @Test
    void theReportOpensInASpreadsheetWithoutRunningFormulasFromTheList() {
        String formula = "=HYPERLINK(\"http://evil.example\";\"Click\") " + System.nanoTime();
        String csv = "companyName;contactEmail\n\"" + formula.replace("\"", "\"\"") + "\";not-an-email\n";
        String id = ImportRequests.json(http.upload("helen", bytes(csv), "f.csv", null)).get("id").asText();
        http.finished(id);

        String line = ReportLines.byLine(http.report(id)).get(2L);
        assertThat(line).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK").doesNotContain(";\"=HYPERLINK");
    }

    @Test
    void aListOverTheLimitGets413NamingTheLimit() {
        long limit = properties.maxSize().toBytes();
        byte[] big = new byte[(int) limit + 1024];
        byte[] header = bytes("companyName\n");
        System.arraycopy(header, 0, big, 0, header.length);
        for (int i = header.length; i < big.length; i++) {
            big[i] = (byte) (i % 64 == 0 ? '\n' : 'a');
        }
        ResponseEntity<String> multipart = http.upload("helen", big, "big.csv", null);
        assertThat(multipart.getStatusCode().value()).isEqualTo(413);
        assertThat(multipart.getBody()).contains(String.format("%,d", limit)).contains("\"limit\":" + limit);
        ResponseEntity<String> body = http.post("helen", "/api/imports?name=big.csv", big);
        assertThat(body.getStatusCode().value()).isEqualTo(413);
        assertThat(body.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(body.getBody()).contains(String.format("%,d", limit));
    }

    @Test
    void myTasksListsTheBestScoredLeadsFirstWhateverChannelTheyCameThrough() {
        String run = "Scored " + System.nanoTime();
        // cold list 20; + phone 15 + e-mail 10 + contact 10 + construction 15 = 70
        String csv = "Компания;Телефон;E-mail;Контактное лицо;Отрасль;Менеджер\n"
                + run + " bare;;;;;boris\n"
                + run + " rich;+7 495 111 22 33;rich@example.com;Ivan Petrov;Construction;boris\n"
                + run + " phone;+7 495 111 22 44;;;;boris\n";
        http.finished(ImportRequests.json(http.upload("helen", bytes(csv), "scored.csv", null)).get("id").asText());
        // typed leads are scored by the same rules: inbound 40 + construction 15 = 55; a referral 50
        assertThat(http.as("boris").postForEntity("/api/deals", Map.of("companyName", run + " typed", "source",
                "INBOUND", "industry", "Construction", "manager", "boris"), String.class).getStatusCode().value())
                .isEqualTo(201);
        assertThat(http.as("boris").postForEntity("/engine-rest/process-definition/key/deal-pipeline/start",
                Map.of("variables", Map.of("companyName", Map.of("value", run + " referred"), "source",
                        Map.of("value", "REFERRAL"), "manager", Map.of("value", "boris"))), String.class)
                .getStatusCode().value()).isEqualTo(200);

        String myTasks = filters.createTaskFilterQuery().filterName("My tasks").singleResult().getId();
        // Tasklist asks with its own sorting (newest first); the filter's priority order comes before it
        ResponseEntity<List> listed = http.as("boris").postForEntity("/engine-rest/filter/" + myTasks
                + "/list?maxResults=1000", new HttpEntity<>(Map.of("sorting", List.of(Map.of("sortBy", "created",
                "sortOrder", "desc")))), List.class);
        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        List<Integer> priorities = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (Object task : listed.getBody()) {
            Map<?, ?> fields = (Map<?, ?>) task;
            priorities.add((Integer) fields.get("priority"));
            String deal = (String) fields.get("processInstanceId");
            Object company = deal == null ? null : runtime.getVariable(deal, "companyName");
            if (company != null && company.toString().startsWith(run)) {
                ours.add(company.toString().substring(run.length() + 1) + "=" + fields.get("priority"));
            }
        }
        assertThat(ours).containsExactly("rich=70", "typed=55", "referred=50", "phone=35", "bare=20");
        assertThat(priorities).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    private static void assertRefused(ResponseEntity<String> answer, int status, String says) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(answer.getBody()).contains(says);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

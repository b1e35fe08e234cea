package com.dealstage.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.StageInputs;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * One list as Russian Excel writes it (Windows-1251) and as UTF-8 with a BOM, mixing good rows, a client with an open
 * deal, a blacklisted client, a duplicate within the file, a bad INN, a broken quoted field, a bad e-mail and a line
 * without a company: every row gets its outcome, the report names each, the good ones are deals with a manager, the
 * rule that chose him and a score, and the same file again creates nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportListTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    private ImportRequests http;

    @BeforeEach
    void client() {
        http = new ImportRequests(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "UTF-8 with BOM"})
    void everyRowGetsItsOutcomeAndTheSameFileAgainCreatesNothing(String encoding) {
        String run = "R" + RUN.incrementAndGet() + encoding.charAt(0) + System.nanoTime() % 100_000;
        String openInn = StageInputs.newTaxNumber();
        String blackInn = StageInputs.newTaxNumber();
        String goodInn = StageInputs.newTaxNumber();
        assertThat(http.as("anna").postForEntity("/api/deals", Map.of("companyName", "Открытая " + run,
                "companyTaxId", openInn, "source", "INBOUND", "manager", "anna"), String.class).getStatusCode().value())
                .isEqualTo(201);
        assertThat(http.as("helen").postForEntity("/api/clients/blacklist", Map.of("companyTaxId", blackInn,
                "companyName", "Чёрная " + run, "reason", "Не платит по счетам"), String.class).getStatusCode().value())
                .isEqualTo(200);
        String csv = String.join("\r\n",
                "Компания;ИНН;Телефон;E-mail;Регион;Отрасль;Менеджер",
                "ООО «Ромашка " + run + "»;" + goodInn + ";+7 (495) 123-45-67;info@romashka.example;Москва;Строительство;",
                "Открытая " + run + ";" + openInn + ";;;;;",
                "Чёрная " + run + ";" + blackInn + ";;;;;",
                "Лютик " + run + ";;+7 812 555 00 11;;;;anna",
                "Ромашка " + run + " (дубль);" + goodInn + ";;;;;",
                "Неверный ИНН " + run + ";7701234567;;;;;",
                "\"ООО \"Кривая " + run + "\"\";;;;;;",
                "Тайга " + run + ";;;;Сибирь;;",
                "Почта " + run + ";;;not-an-email;;;",
                ";;+7 495 000 00 00;;;;") + "\r\n";
        byte[] file = encode(csv, encoding);

        ResponseEntity<String> accepted = http.upload("helen", file, "холодный список " + run + ".csv", null);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        String id = ImportRequests.json(accepted).get("id").asText();
        JsonNode done = http.finished(id);

        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("charset").asText()).isEqualTo(encoding.startsWith("UTF") ? "UTF-8" : "windows-1251");
        assertThat(done.get("separator").asText()).isEqualTo(";");
        assertThat(done.get("rowsRead").asLong()).isEqualTo(10);
        assertThat(done.get("started").asLong()).isEqualTo(3);
        assertThat(done.get("skippedByReason").get("OPEN_DEAL").asLong()).isEqualTo(1);
        assertThat(done.get("skippedByReason").get("BLACKLISTED").asLong()).isEqualTo(1);
        assertThat(done.get("skippedByReason").get("DUPLICATE_IN_FILE").asLong()).isEqualTo(1);
        assertThat(done.get("failed").asLong()).isEqualTo(4);

        Map<Long, String> report = ReportLines.byLine(http.report(id));
        assertThat(report.get(2L)).startsWith("2;STARTED;").contains("Ромашка " + run);
        assertThat(report.get(3L)).startsWith("3;SKIPPED;OPEN_DEAL;companyTaxId;").contains("already has an open deal");
        assertThat(report.get(4L)).startsWith("4;SKIPPED;BLACKLISTED;companyTaxId;").contains("Не платит по счетам");
        assertThat(report.get(5L)).startsWith("5;STARTED;").contains(";anna;;");
        assertThat(report.get(6L)).startsWith("6;SKIPPED;DUPLICATE_IN_FILE;companyTaxId;").contains("line 2");
        assertThat(report.get(7L)).startsWith("7;FAILED;;companyTaxId;").contains("Tax number (INN)");
        assertThat(report.get(8L)).startsWith("8;FAILED;;;").contains("quoted field");
        assertThat(report.get(9L)).startsWith("9;STARTED;").contains(";boris;LeadsFromSiberiaGoToBoris;");
        assertThat(report.get(10L)).startsWith("10;FAILED;;contactEmail;").contains("not-an-email");
        assertThat(report.get(11L)).startsWith("11;FAILED;;companyName;");

        String romashka = runtime.createProcessInstanceQuery().variableValueEquals("companyTaxId", goodInn)
                .singleResult().getId();
        Map<String, Object> deal = runtime.getVariables(romashka);
        assertThat(deal).containsEntry("companyName", "ООО «Ромашка " + run + "»").containsEntry("source", "COLD_LIST")
                .containsEntry("region", "Москва").containsEntry("industry", "Строительство")
                .containsEntry("contactPhone", "+7 (495) 123-45-67").containsEntry("importId", id)
                .containsEntry("assignedBy", "RoundRobinAmongActiveSalesManagers");
        assertThat(deal.get("manager")).isIn("anna", "boris");
        // cold list 20 + construction 15 + phone 15 + e-mail 10 + tax number 5 (rules/scoring.drl)
        assertThat(deal.get("leadScore")).isEqualTo(65);
        Task coldCall = tasks.createTaskQuery().processInstanceId(romashka).taskDefinitionKey("coldCall").singleResult();
        assertThat(coldCall.getPriority()).as("the cold call carries the score").isEqualTo(65);
        assertThat(coldCall.getAssignee()).isEqualTo(deal.get("manager"));

        long deals = runtime.createProcessInstanceQuery().variableValueEquals("importId", id).count();
        ResponseEntity<String> again = http.upload("helen", file, "the same list.csv", null);
        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(200);
        assertThat(ImportRequests.json(again).get("sameFileAs").asText()).isEqualTo(id);
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("importId", id).count()).isEqualTo(deals);
        assertThat(runtime.createProcessInstanceQuery().variableValueLike("companyName", "%" + run + "%").count())
                .as("Ромашка, Лютик, Тайга and the open deal, nothing more").isEqualTo(4);

        // the same rows in a file of another name and one line more: only the new line becomes a deal
        byte[] extended = encode(csv + "Новая " + run + ";;;;;;boris\r\n", encoding);
        String second = ImportRequests.json(http.upload("helen", extended, "list again.csv", null)).get("id").asText();
        JsonNode secondDone = http.finished(second);
        assertThat(secondDone.get("started").asLong()).isEqualTo(1);
        assertThat(secondDone.get("skippedByReason").get("OPEN_DEAL").asLong()).as("the three started before and the "
                + "open deal").isEqualTo(4);
        assertThat(runtime.createProcessInstanceQuery().variableValueLike("companyName", "%" + run + "%").count())
                .isEqualTo(5);
    }

    private static byte[] encode(String csv, String encoding) {
        if (encoding.startsWith("UTF")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
        return csv.getBytes(Charset.forName(encoding));
    }
}

package com.dealstage.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.StageInputs;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * An import whose third batch dies at its commit (the database connection lost, simulated by an H2 trigger) keeps
 * the two batches it committed, leaves nothing of the third (no deal, client, journal row or report line), and
 * resumed, ends with every line done once: no loss, no duplicate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportResumeTest {

    private static final int ROWS = 350;
    private static final int BATCH = 100;

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ImportsProperties properties;
    private ImportRequests http;

    @BeforeEach
    void armTrigger() {
        http = new ImportRequests(rest);
        assertThat(properties.batchSize()).as("the test counts batches of the default size").isEqualTo(BATCH);
        jdbc.sql("CREATE TRIGGER IF NOT EXISTS import_run_failing_heartbeat BEFORE UPDATE ON import_run FOR EACH ROW "
                + "CALL \"" + FailingHeartbeat.class.getName() + "\"").update();
    }

    @AfterEach
    void dropTrigger() {
        jdbc.sql("DROP TRIGGER IF EXISTS import_run_failing_heartbeat").update();
    }

    @Test
    void anImportInterruptedInTheMiddleResumesWithoutLossOrDuplicates() {
        String run = "Resume" + System.nanoTime();
        List<String> companies = IntStream.rangeClosed(1, ROWS).mapToObj(i -> run + " company " + i).toList();
        StringBuilder csv = new StringBuilder("companyName,companyTaxId,contactPhone,manager\n");
        List<String> taxNumbers = companies.stream().map(name -> StageInputs.newTaxNumber()).toList();
        for (int i = 0; i < ROWS; i++) {
            csv.append(companies.get(i)).append(',').append(taxNumbers.get(i)).append(",+7 495 100 20 30,")
                    .append(i % 2 == 0 ? "anna" : "boris").append('\n');
        }
        // the last line repeats the first (line 2), which the interrupted run committed: still a duplicate in the file
        csv.append(companies.get(0)).append(',').append(taxNumbers.get(0)).append(",+7 495 100 20 30,anna\n");

        FailingHeartbeat.failHeartbeat(3);
        String id = ImportRequests.json(http.post("helen", "/api/imports?name=resume.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8))).get("id").asText();
        JsonNode interrupted = http.finished(id);

        assertThat(FailingHeartbeat.fired()).isTrue();
        assertThat(interrupted.get("status").asText()).isEqualTo("INTERRUPTED");
        assertThat(interrupted.get("message").asText()).contains("Interrupted");
        assertThat(interrupted.get("rowsRead").asLong()).as("two batches committed").isEqualTo(2 * BATCH);
        assertThat(deals(id)).isEqualTo(2 * BATCH);
        List<String> lostBatch = companies.subList(2 * BATCH, 3 * BATCH);
        assertThat(count("SELECT COUNT(*) FROM client WHERE display_name IN (:names)", lostBatch))
                .as("no client of the rolled-back batch").isZero();
        assertThat(count("SELECT COUNT(*) FROM stage_journal WHERE company_name IN (:names)", lostBatch))
                .as("no journal row of the rolled-back batch").isZero();
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("companyName", lostBatch.get(0)).count())
                .as("no half-started deal").isZero();

        assertThat(http.as("helen").postForEntity("/api/imports/" + id + "/resume", null, String.class)
                .getStatusCode().value()).isEqualTo(202);
        JsonNode done = http.finished(id);

        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("rowsRead").asLong()).isEqualTo(ROWS + 1);
        assertThat(done.get("started").asLong()).isEqualTo(ROWS);
        assertThat(done.path("skippedByReason").path("DUPLICATE_IN_FILE").asLong()).isEqualTo(1);
        assertThat(deals(id)).isEqualTo(ROWS);
        assertThat(count("SELECT COUNT(DISTINCT d.client_id) FROM client_deal d JOIN client c ON c.id = d.client_id "
                + "WHERE c.display_name IN (:names)", companies)).as("one deal per company").isEqualTo(ROWS);
        assertThat(count("SELECT COUNT(*) FROM client_deal d JOIN client c ON c.id = d.client_id "
                + "WHERE c.display_name IN (:names)", companies)).isEqualTo(ROWS);
        Map<Long, String> report = ReportLines.byLine(http.report(id));
        assertThat(report.keySet()).hasSize(ROWS + 1).first().isEqualTo(2L);
        assertThat(report.get(ROWS + 2L)).contains("DUPLICATE_IN_FILE", "line 2");

        assertThat(http.as("helen").postForEntity("/api/imports/" + id + "/resume", null, String.class)
                .getStatusCode().value()).as("nothing to resume").isEqualTo(409);
    }

    private long deals(String importId) {
        return runtime.createProcessInstanceQuery().variableValueEquals("importId", importId).count();
    }

    private long count(String sql, List<String> names) {
        return jdbc.sql(sql).param("names", names).query(Long.class).single();
    }
}

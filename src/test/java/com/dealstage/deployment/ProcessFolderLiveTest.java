package com.dealstage.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.FoldersOfItsOwn;
import com.dealstage.testsupport.StageInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Live diagrams and forms on a processes folder of the test's own: a file changed on disk is deployed within seconds
 * and the status says which version it became; a file the engine refuses leaves the previous version running and is
 * reported; content identical to what Modeler deployed never becomes a new version; rules and diagrams that stop
 * agreeing are warned about. All over HTTP.
 */
@Tag("own-context")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealstage.processes.reload-interval=200ms", "dealstage.rules.reload-interval=0"})
@ActiveProfiles("test")
class ProcessFolderLiveTest {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(15);

    private static Path processes;

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private ProcessFolderDeployment deployment;

    @DynamicPropertySource
    static void processesOfItsOwn(DynamicPropertyRegistry registry) throws IOException {
        processes = FoldersOfItsOwn.copy("processes", "dealstage.processes.path", registry);
    }

    @AfterAll
    static void deleteProcesses() throws IOException {
        FoldersOfItsOwn.delete(processes);
    }

    @Test
    void theStatusIsForProcessOwnersAdminsAndHeadsOfSales() {
        for (String reader : List.of("paul", "helen")) {
            ResponseEntity<Map> status = new EngineRestClient(rest, reader).get("/api/processes/status");
            assertThat(status.getStatusCode().value()).as(reader).isEqualTo(200);
        }
        Map<String, Object> status = EngineRestClient.admin(rest).get("/api/processes/status").getBody();
        assertThat(status).containsEntry("state", "OK");
        assertThat((List<Map<String, Object>>) status.get("files")).anySatisfy(file -> assertThat(file)
                .containsEntry("file", "forms/coldCall.form").containsEntry("definition", "coldCall")
                .containsEntry("upToDate", true));
        assertThat(rest.getForEntity("/api/processes/status", Map.class).getStatusCode().value())
                .as("nobody logged in").isEqualTo(401);
        for (String other : List.of("anna", "quinn")) {
            ResponseEntity<Map> refused = new EngineRestClient(rest, other).get("/api/processes/status");
            assertThat(refused.getStatusCode().value()).as(other).isEqualTo(403);
            assertThat((String) refused.getBody().get("detail")).contains("Only process owners");
        }
    }

    @Test
    void aDiagramChangedOnDiskBecomesTheNextVersionWithinSeconds() throws IOException {
        int before = latestPipelineVersion();
        edit("deal-pipeline.bpmn", "name=\"Closing: agree terms\"", "name=\"Closing: agree the terms\"");

        awaitPipelineVersion(before + 1);

        Map<String, Object> status = new EngineRestClient(rest, "paul").get("/api/processes/status").getBody();
        assertThat((List<Map<String, Object>>) status.get("recentChanges")).first().satisfies(change -> assertThat(change)
                .containsEntry("file", "deal-pipeline.bpmn").containsEntry("definition", "deal-pipeline")
                .containsEntry("version", before + 1));
        assertThat((List<Map<String, Object>>) status.get("files")).filteredOn(f -> "deal-pipeline.bpmn".equals(f.get("file")))
                .singleElement().satisfies(file -> assertThat(file).containsEntry("version", before + 1)
                        .containsEntry("upToDate", true));
        Map<String, Object> health = new EngineRestClient(rest, "paul").get("/actuator/health").getBody();
        assertThat(((Map<?, ?>) ((Map<?, ?>) health.get("components")).get("processes")).get("details").toString())
                .contains("deal-pipeline.bpmn");
    }

    @Test
    void aDiagramTheEngineRefusesLeavesThePreviousVersionRunningAndIsReported() throws IOException {
        int before = latestPipelineVersion();
        String original = edit("deal-pipeline.bpmn", "camunda:delegateExpression=\"${recontactPlanner}\"",
                "camunda:class=\"com.example.Planner\"");
        try {
            Map<String, Object> status = awaitStatus(s -> !((List<?>) s.get("refused")).isEmpty());
            assertThat(status).containsEntry("state", "DEGRADED");
            assertThat((List<Map<String, Object>>) status.get("refused")).first().satisfies(refusal -> {
                assertThat(refusal).containsEntry("file", "deal-pipeline.bpmn").containsEntry("elementId", "planRecontact");
                assertThat((String) refusal.get("message")).isNotBlank();
            });
            assertThat(componentStatus("processes")).isEqualTo("DEGRADED");
            assertThat(rest.getForEntity("/actuator/health", Map.class).getBody()).containsEntry("status", "DEGRADED");
            assertThat(latestPipelineVersion()).as("the previous version stays").isEqualTo(before);
            assertThat(new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead())).isNotBlank();
        }
        finally {
            Files.writeString(processes.resolve("deal-pipeline.bpmn"), original);
        }
        awaitStatus(s -> ((List<?>) s.get("refused")).isEmpty());
        assertThat(latestPipelineVersion()).as("the restored file is what is deployed").isEqualTo(before);
        assertThat(rest.getForEntity("/actuator/health", Map.class).getBody()).containsEntry("status", "UP");
    }

    @Test
    void identicalContentToWhatModelerDeployedNeverBecomesANewVersion() throws IOException {
        String changed = Files.readString(processes.resolve("deal-pipeline.bpmn"))
                .replace("name=\"Cold call\"", "name=\"Cold call (Modeler)\"");
        int modeler = deployAsProcessOwner(changed);
        Object checkedBefore = status().get("checkedAt");

        Files.writeString(processes.resolve("deal-pipeline.bpmn"), changed);
        Map<String, Object> status = awaitStatus(s -> !String.valueOf(s.get("checkedAt")).equals(String.valueOf(checkedBefore)));

        assertThat(latestPipelineVersion()).isEqualTo(modeler);
        assertThat((List<Map<String, Object>>) status.get("files")).filteredOn(f -> "deal-pipeline.bpmn".equals(f.get("file")))
                .singleElement().satisfies(file -> assertThat(file).containsEntry("version", modeler)
                        .containsEntry("upToDate", true));
    }

    @Test
    void aFormChangedAloneBecomesItsNextVersion() throws IOException {
        // a deployment of forms only has no process definitions: Camunda answers null for them, not an empty list
        String original = edit("forms/fulfilment.form", "\"Shipment / service completion date\"",
                "\"Shipment or service completion date\"");
        try {
            Map<String, Object> status = awaitStatus(s -> !((List<?>) s.get("refused")).isEmpty()
                    || ((List<Map<String, Object>>) s.get("files")).stream().anyMatch(f -> "forms/fulfilment.form"
                            .equals(f.get("file")) && (Integer) f.get("version") > 1));
            assertThat((List<?>) status.get("refused")).as("refusals").isEmpty();
            assertThat(status).containsEntry("state", "OK");
            assertThat((List<Map<String, Object>>) status.get("files")).filteredOn(f -> "forms/fulfilment.form"
                    .equals(f.get("file"))).singleElement().satisfies(file -> assertThat(file)
                    .containsEntry("upToDate", true));
        }
        finally {
            Files.writeString(processes.resolve("forms/fulfilment.form"), original);
        }
    }

    @Test
    void rulesAndDiagramsThatStopAgreeingAreWarnedAbout() throws IOException {
        String diagram = edit("deal-pipeline.bpmn", "\"closing\"", "\"closingTerms\"");
        String form = edit("forms/coldCall.form", "\"key\": \"contactPosition\"", "\"key\": \"contactRole\"");
        try {
            Map<String, Object> status = awaitStatus(s -> ((List<?>) s.get("warnings")).size() >= 3);
            List<Map<String, Object>> warnings = (List<Map<String, Object>>) status.get("warnings");
            assertThat(warnings).anySatisfy(w -> {
                assertThat(w).containsEntry("file", "stage-gates.drl");
                assertThat((Integer) w.get("line")).isPositive();
                assertThat((String) w.get("message")).startsWith("Stage 'closing' is named in the rules");
            });
            assertThat(warnings).anySatisfy(w -> {
                assertThat(w).containsEntry("file", "deal-pipeline.bpmn");
                assertThat((String) w.get("message")).startsWith("User task 'closingTerms' of deal-pipeline has no "
                        + "completion rules");
            });
            assertThat(warnings).anySatisfy(w -> {
                assertThat(w).containsEntry("file", "stage-gates.drl");
                assertThat((String) w.get("message")).startsWith("Stage 'coldCall' requires field 'contactPosition', "
                        + "but its form 'coldCall' does not offer it");
            });
            assertThat(new EngineRestClient(rest, "paul").get("/api/rules/status").getBody().get("warnings"))
                    .isEqualTo(warnings);
            assertThat(componentStatus("rules")).isEqualTo("DEGRADED");
            assertThat(componentStatus("processes")).isEqualTo("DEGRADED");
        }
        finally {
            Files.writeString(processes.resolve("deal-pipeline.bpmn"), diagram);
            Files.writeString(processes.resolve("forms/coldCall.form"), form);
        }
        awaitStatus(s -> ((List<?>) s.get("warnings")).isEmpty());
    }

    @Test
    void passesThatSeeTheSameChangeAtOnceMakeOneVersion() throws Exception {
        int before = latestPipelineVersion();
        edit("deal-pipeline.bpmn", "name=\"Proposal", "name=\"Commercial proposal");

        // as two nodes (or a node's watcher and a restart) would: the row lock makes the second compare after the first
        java.util.concurrent.ExecutorService passes = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                running.add(passes.submit(deployment::redeploy));
            }
            for (java.util.concurrent.Future<?> pass : running) {
                pass.get();
            }
        }
        finally {
            passes.shutdown();
        }
        // and it stays one while the watcher's own pass, if it saw the edit too, comes and goes
        Awaitility.await("one version, for a while").during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10)).until(() -> latestPipelineVersion() == before + 1);
        assertThat(status().get("refused")).isEqualTo(List.of());
    }

    private int deployAsProcessOwner(String diagram) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "modeler");
        form.add("data", new ByteArrayResource(diagram.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "deal-pipeline.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<Map> deployed = rest.withBasicAuth("paul", "paul").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(form, headers), Map.class);
        assertThat(deployed.getStatusCode().value()).as(String.valueOf(deployed.getBody())).isEqualTo(200);
        return latestPipelineVersion();
    }

    private String edit(String file, String from, String to) throws IOException {
        Path path = processes.resolve(file);
        String original = Files.readString(path);
        assertThat(original).contains(from);
        Files.writeString(path, original.replace(from, to));
        return original;
    }

    private int latestPipelineVersion() {
        return repository.createProcessDefinitionQuery().processDefinitionKey("deal-pipeline").latestVersion()
                .singleResult().getVersion();
    }

    private void awaitPipelineVersion(int version) {
        Awaitility.await("deal-pipeline version " + version).atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(200))
                .until(this::latestPipelineVersion, v -> v == version);
    }

    private Map<String, Object> status() {
        return new EngineRestClient(rest, "paul").get("/api/processes/status").getBody();
    }

    private Map<String, Object> awaitStatus(java.util.function.Predicate<Map<String, Object>> condition) {
        return Awaitility.await("processes status").atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(200))
                .until(this::status, condition);
    }

    private Object componentStatus(String component) {
        Map<String, Object> health = new EngineRestClient(rest, "paul").get("/actuator/health").getBody();
        return ((Map<?, ?>) ((Map<?, ?>) health.get("components")).get(component)).get("status");
    }
}

package com.dealstage.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.DealstageApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A process owner deploys a changed diagram from Modeler (to /engine-rest as paul) and saves the same file in
 * processes/: the restart compares with the latest deployed resource of that name, whoever deployed it, and
 * deploys nothing, so the identical content does not become a version of its own. A diagram the engine refuses at
 * that restart does not stop it: its previous version stays deployed and the refusal is in the status.
 */
@Tag("own-context")
class ModelerDeployAcrossRestartTest {

    @TempDir
    Path temp;

    @Test
    void identicalContentDeployedFromModelerIsNoNewVersionAfterARestart() throws IOException {
        Path processes = temp.resolve("processes");
        FileSystemUtils.copyRecursively(Path.of("processes"), processes);
        String changed = Files.readString(processes.resolve("deal-pipeline.bpmn"))
                .replace("name=\"Cold call\"", "name=\"Cold call from Modeler\"");
        long deployments;
        try (ConfigurableApplicationContext first = start(processes)) {
            assertThat(deployAsProcessOwner(first, changed).getStatusCode().value()).isEqualTo(200);
            assertThat(latestVersion(first)).isEqualTo(2);
            deployments = first.getBean(RepositoryService.class).createDeploymentQuery().count();
        }
        Files.writeString(processes.resolve("deal-pipeline.bpmn"), changed);
        Path survey = processes.resolve("nps-survey.bpmn");
        Files.writeString(survey, Files.readString(survey).replace("camunda:delegateExpression=\"${recordSurveyAnswer}\"",
                "camunda:class=\"com.example.Recorder\""));

        try (ConfigurableApplicationContext second = start(processes)) {
            assertThat(latestVersion(second)).isEqualTo(2);
            assertThat(second.getBean(RepositoryService.class).createDeploymentQuery().count()).isEqualTo(deployments);
            assertThat(second.getBean(ProcessFolderState.class).recent()).isEmpty();
            assertThat(second.getBean(RepositoryService.class).createProcessDefinitionQuery()
                    .processDefinitionKey("nps-survey").latestVersion().singleResult().getVersion())
                    .as("the refused diagram's previous version stays").isEqualTo(1);
            ProcessesStatus status = second.getBean(ProcessesStatusReader.class).status();
            assertThat(status.state()).isEqualTo(ProcessesStatus.DEGRADED);
            assertThat(status.refused()).first().satisfies(refusal -> {
                assertThat(refusal.file()).isEqualTo("nps-survey.bpmn");
                assertThat(refusal.elementId()).isEqualTo("recordSurveyAnswer");
                assertThat(refusal.message()).isNotBlank();
            });
            assertThat(status.files()).filteredOn(file -> file.file().equals("nps-survey.bpmn")).singleElement()
                    .satisfies(file -> assertThat(file.upToDate()).isFalse());
        }
    }

    private static ResponseEntity<Map> deployAsProcessOwner(ConfigurableApplicationContext app, String diagram) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "deal-pipeline");
        form.add("deploy-changed-only", "true");
        form.add("data", new ByteArrayResource(diagram.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "deal-pipeline.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        TestRestTemplate http = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:"
                + app.getEnvironment().getProperty("local.server.port"))).withBasicAuth("paul", "paul");
        return http.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), Map.class);
    }

    private static int latestVersion(ConfigurableApplicationContext app) {
        return app.getBean(RepositoryService.class).createProcessDefinitionQuery().processDefinitionKey("deal-pipeline")
                .latestVersion().singleResult().getVersion();
    }

    private ConfigurableApplicationContext start(Path processes) {
        return new SpringApplicationBuilder(DealstageApplication.class).run("--spring.profiles.active=test",
                "--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + temp.resolve("db").toAbsolutePath(),
                "--dealstage.processes.path=" + processes, "--dealstage.processes.reload-interval=0",
                "--dealstage.rules.reload-interval=0");
    }
}

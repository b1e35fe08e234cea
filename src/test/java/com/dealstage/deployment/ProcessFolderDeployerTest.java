package com.dealstage.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.TestEngines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

class ProcessFolderDeployerTest {

    @TempDir
    Path temp;
    private Path folder;
    private Path database;
    private ProcessEngine engine;

    @BeforeEach
    void copyProcessFolder() throws IOException {
        folder = temp.resolve("processes");
        FileSystemUtils.copyRecursively(Path.of("processes"), folder);
        database = temp.resolve("db/engine");
        engine = TestEngines.onFile(database);
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void restartWithUnchangedFilesDeploysNothingNew() {
        assertThat(deploy()).isPresent();
        restart();
        assertThat(deploy()).isEmpty();
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(1);
        assertThat(latestPipeline().getVersion()).isEqualTo(1);
    }

    @Test
    void changedDiagramBecomesVersion2WhileRunningDealStaysOnVersion1() throws IOException {
        deploy();
        ProcessInstance runningDeal = engine.getRuntimeService()
                .startProcessInstanceByKey("deal-pipeline", StageInputs.leadIntake());
        Path diagram = folder.resolve("deal-pipeline.bpmn");
        Files.writeString(diagram, Files.readString(diagram).replace("name=\"Cold call\"", "name=\"First call\""));
        restart();

        assertThat(deploy()).isPresent();

        ProcessDefinition latest = latestPipeline();
        assertThat(latest.getVersion()).isEqualTo(2);
        String runningDefinition = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(runningDeal.getId()).singleResult().getProcessDefinitionId();
        assertThat(engine.getRepositoryService().getProcessDefinition(runningDefinition).getVersion()).isEqualTo(1);
    }

    @Test
    void onlyTheChangedFileBecomesANewVersionTheOthersStayOnTheirs() throws IOException {
        deploy();
        Path diagram = folder.resolve("deal-pipeline.bpmn");
        Files.writeString(diagram, Files.readString(diagram).replace("name=\"Cold call\"", "name=\"First call\""));
        restart();

        Deployment second = deploy().orElseThrow();

        assertThat(engine.getRepositoryService().getDeploymentResourceNames(second.getId()))
                .containsExactly("deal-pipeline.bpmn");
        assertThat(latestPipeline().getVersion()).isEqualTo(2);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("nps-survey")
                .latestVersion().singleResult().getVersion()).as("nps-survey.bpmn is unchanged").isEqualTo(1);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("nps-survey")
                .count()).isEqualTo(1);
    }

    @Test
    void resourcesAreNamedRelativeToTheFolderAndFormsAreIncluded() throws IOException {
        Files.createDirectories(folder.resolve("forms/extra"));
        Files.writeString(folder.resolve("forms/extra/probe.form"), "{\"id\":\"probe\",\"type\":\"default\",\"components\":[]}");
        Deployment deployment = deploy().orElseThrow();
        assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()))
                .contains("deal-pipeline.bpmn", "forms/extra/probe.form");
    }

    @Test
    void modelerElementTemplatesAreNotDeployed() throws IOException {
        Files.createDirectories(folder.resolve(".camunda/element-templates"));
        Files.writeString(folder.resolve(".camunda/element-templates/template.bpmn"), "not a diagram");
        Deployment deployment = deploy().orElseThrow();
        assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()))
                .noneMatch(name -> name.startsWith(".camunda"));
    }

    @Test
    void missingFolderIsRefusedWithItsPath() {
        Path missing = temp.resolve("nowhere");
        assertThatThrownBy(() -> new ProcessFolderDeployer(engine.getRepositoryService()).deploy(missing))
                .hasMessageContaining(missing.toAbsolutePath().toString()).hasMessageContaining("does not exist");
    }

    private Optional<Deployment> deploy() {
        return new ProcessFolderDeployer(engine.getRepositoryService()).deploy(folder);
    }

    private void restart() {
        engine.close();
        engine = TestEngines.onFile(database);
    }

    private ProcessDefinition latestPipeline() {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("deal-pipeline").latestVersion().singleResult();
    }
}

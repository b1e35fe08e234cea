package com.dealstage.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A process owner (paul) deploying from Camunda Modeler, which posts to /engine-rest/deployment/create: a diagram
 * that would run code of its own choosing on the server gets 400 naming the element and the reason, and nothing of
 * it is stored; a clean diagram is deployed as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeploymentOverHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RepositoryService repository;

    @Test
    void deploymentWithReflectionIsRefused() throws Exception {
        String key = key();
        assertRefused(key, Diagrams.serviceTask(key, "runCommand", "camunda:expression=\"${''.getClass()"
                + ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch /tmp/owned')}\"", ""),
                "runCommand", "reaches Java reflection");
    }

    @Test
    void deploymentWithScriptTaskIsRefused() throws Exception {
        String key = key();
        assertRefused(key, Diagrams.process(key, """
                <bpmn:scriptTask id="runScript" scriptFormat="javascript">
                  <bpmn:script>java.lang.Runtime.getRuntime().exec('touch /tmp/owned')</bpmn:script>
                </bpmn:scriptTask>
                <bpmn:sequenceFlow id="toScript" sourceRef="start" targetRef="runScript" />
                <bpmn:sequenceFlow id="toEnd" sourceRef="runScript" targetRef="end" />
                """), "runScript", "script tasks run code");
    }

    @Test
    void deploymentWithJavaClassIsRefused() throws Exception {
        String key = key();
        assertRefused(key, Diagrams.serviceTask(key, "runClass",
                "camunda:class=\"org.springframework.boot.SpringApplication\"", ""), "runClass", "Java classes");
        assertRefused(key, Diagrams.serviceTask(key, "notify", "camunda:delegateExpression=\"${recontactCallSetup}\"",
                "<camunda:executionListener event=\"end\" class=\"java.lang.Thread\" />"), "notify", "Java classes");
    }

    @Test
    void deploymentNamingAnUnpublishedBeanIsRefused() throws Exception {
        String key = key();
        assertRefused(key, Diagrams.userTask(key, "leak",
                "camunda:assignee=\"${environment.getProperty('spring.datasource.password')}\""),
                "leak", "'environment' (an application bean not published for diagrams)");
        assertRefused(key, Diagrams.serviceTask(key, "connect", "camunda:delegateExpression=\"${dataSource}\"", ""),
                "connect", "'dataSource' is an application bean not published for diagrams");
    }

    @Test
    void expressionCallingExecutionMethodsIsRefused() throws Exception {
        String key = key();
        assertRefused(key, Diagrams.serviceTask(key, "overwrite",
                "camunda:expression=\"${execution.setVariable('contractNumber', 'FAKE-1')}\"", ""),
                "overwrite", "calls method 'setVariable' on 'execution' (the engine's internal object)");
        assertRefused(key, Diagrams.userTask(key, "selfComplete", "camunda:dueDate=\"${task.complete()}\""),
                "selfComplete", "calls method 'complete' on 'task' (the engine's internal object)");
    }

    @Test
    void cleanDiagramFromModelerIsDeployed() throws Exception {
        String key = key();
        ResponseEntity<String> response = deployAsPaul(key, Diagrams.userTask(key, "siteSurvey",
                "camunda:assignee=\"${manager}\" camunda:candidateGroups=\"sales-managers\" "
                        + "camunda:dueDate=\"${afterSalesSettings.actsSigningDeadline(fulfilmentDate)}\""));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(response.getBody()).path("deployedProcessDefinitions")).isNotEmpty();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isOne();
    }

    @Test
    void deploymentFromJavaCodeIsCheckedToo() {
        String key = key();
        long deployments = repository.createDeploymentQuery().count();
        assertThatThrownBy(() -> repository.createDeployment().addString(key + ".bpmn",
                Diagrams.serviceTask(key, "runClass", "camunda:class=\"java.lang.Object\"", "")).deploy())
                .isInstanceOf(DeploymentRefused.class).hasMessageContaining("runClass")
                .hasMessageContaining("Java classes");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    private void assertRefused(String key, String diagram, String elementId, String reason) throws Exception {
        long deployments = repository.createDeploymentQuery().count();
        ResponseEntity<String> response = deployAsPaul(key, diagram);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.path("message").asText()).contains(elementId).contains(reason);
        assertThat(body.path("details").path(key + ".bpmn").path("errors")).anySatisfy(error -> {
            assertThat(error.path("mainElementId").asText()).isEqualTo(elementId);
            assertThat(error.path("message").asText()).contains(reason);
        });
        assertThat(response.getBody()).doesNotContain("\tat ", "at com.", "at org.", "Caused by");
        assertThat(repository.createDeploymentQuery().count()).as("nothing of the refused deployment is stored")
                .isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    private ResponseEntity<String> deployAsPaul(String key, String diagram) {
        return rest.withBasicAuth("paul", "paul").postForEntity("/engine-rest/deployment/create",
                Diagrams.asModelerSendsIt(key, diagram), String.class);
    }

    private static String key() {
        return "modeler-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

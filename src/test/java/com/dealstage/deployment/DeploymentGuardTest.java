package com.dealstage.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealstage.testsupport.TestEngines;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployment check inside a plain engine, deployed through RepositoryService as Java code would: every way a
 * diagram could run code of its own choosing is refused, naming the element, and nothing of it is stored.
 */
class DeploymentGuardTest {

    private static ProcessEngine engine;
    private static RepositoryService repository;

    @BeforeAll
    static void startEngine() {
        engine = TestEngines.inMemory();
        repository = engine.getRepositoryService();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void buildingBlocksAreThoseTheDiagramsUse() {
        assertThat(BuildingBlocks.onClasspath().names()).containsExactlyInAnyOrder("handOverAfterSales",
                "recordFulfilmentAct", "recordSurveyAnswer", "startReferralDeals", "recontactCallSetup",
                "recontactPlanner", "planRepeatSale", "startRepeatDeal", "afterSalesSettings", "paymentWatch",
                "funnelReviewFigures");
    }

    @Test
    void processFolderPassesTheCheck() {
        assertThat(new ProcessFolderDeployer(repository).deploy(Path.of("processes"))).isPresent();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("deal-pipeline").count()).isOne();
    }

    @Test
    void scriptsOfEveryKindAreRefused() {
        refused(Diagrams.process("scripted", """
                <bpmn:scriptTask id="runScript" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
                """), "runScript", "script tasks");
        refused(Diagrams.serviceTask("listened", "call", "camunda:expression=\"${manager}\"",
                "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">1</camunda:script>"
                        + "</camunda:executionListener>"), "call", "scripts");
        refused(Diagrams.serviceTask("mapped", "call", "camunda:expression=\"${manager}\"",
                "<camunda:inputOutput><camunda:inputParameter name=\"x\"><camunda:script scriptFormat=\"groovy\">1"
                        + "</camunda:script></camunda:inputParameter></camunda:inputOutput>"), "call", "scripts");
        refused(Diagrams.process("conditioned", """
                <bpmn:sequenceFlow id="scriptedFlow" sourceRef="start" targetRef="end">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                """), "scriptedFlow", "script language");
        refused(Diagrams.serviceTask("loaded", "call", "camunda:expression=\"${manager}\"",
                "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"js\" "
                        + "resource=\"classpath://evil.js\" /></camunda:executionListener>"), "call", "external resources");
    }

    @Test
    void javaClassesAreRefusedWhateverThePrefix() {
        refused(Diagrams.serviceTask("delegate", "runClass", "camunda:class=\"java.lang.Object\"", ""),
                "runClass", "Java classes");
        refused(Diagrams.serviceTask("listener", "call", "camunda:expression=\"${manager}\"",
                "<camunda:taskListener class=\"java.lang.Object\" event=\"create\" />"), "call", "Java classes");
        refused(Diagrams.serviceTask("legacy", "oldStyle", "xmlns:activiti=\"http://activiti.org/bpmn\" "
                + "activiti:class=\"java.lang.Object\"", ""), "oldStyle", "Java classes");
        refused(Diagrams.userTask("handler", "stage", "camunda:formHandlerClass=\"java.lang.Object\""), "stage",
                "Java classes");
        refused(Diagrams.process("validated", """
                <bpmn:userTask id="validatedStage"><bpmn:extensionElements><camunda:formData>
                  <camunda:formField id="amount" type="long"><camunda:validation>
                    <camunda:constraint name="validator" config="java.lang.Object" />
                  </camunda:validation></camunda:formField>
                </camunda:formData></bpmn:extensionElements></bpmn:userTask>
                <bpmn:sequenceFlow id="toTask" sourceRef="start" targetRef="validatedStage" />
                <bpmn:sequenceFlow id="toEnd" sourceRef="validatedStage" targetRef="end" />
                """), "amount", "validators given by class name");
    }

    @Test
    void expressionsReachingBeyondVariablesAndBuildingBlocksAreRefused() {
        refused(Diagrams.userTask("reflect", "stage", "camunda:assignee=\"${''.getClass().forName('java.lang.Runtime')}\""),
                "stage", "reflection");
        refused(Diagrams.userTask("bracket", "stage", "camunda:assignee=\"${manager['class']}\""), "stage", "reflection");
        refused(Diagrams.serviceTask("setter", "call", "camunda:expression=\"${execution.setVariable('a', 1)}\"", ""),
                "call", "calls method 'setVariable' on 'execution'");
        refused(Diagrams.userTask("completer", "stage", "camunda:dueDate=\"${task.complete()}\""), "stage",
                "calls method 'complete' on 'task'");
        refused(Diagrams.userTask("textCall", "stage", "camunda:assignee=\"${manager.trim()}\""), "stage",
                "only the building blocks may be called");
        refused(Diagrams.userTask("function", "stage", "camunda:assignee=\"${fn:exec('x')}\""), "stage",
                "function 'fn:exec'");
    }

    @Test
    void buildingBlocksVariablesAndEngineFunctionsAreAllowed() {
        repository.createDeployment().addString("allowed.bpmn", Diagrams.userTask("allowed", "stage",
                "camunda:assignee=\"${manager}\" camunda:candidateUsers=\"${currentUser()}\" "
                        + "camunda:dueDate=\"${afterSalesSettings.actsSigningDeadline(fulfilmentDate)}\" "
                        + "camunda:followUpDate=\"${empty followUp ? now() : followUp}\"")).deploy();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("allowed").count()).isOne();
    }

    @Test
    void resourceKindsThatRunCodeAreRefused() {
        for (String resource : new String[] {"decision.dmn", "case.cmmn", "form.html", "helper.js", "image.svg"}) {
            long before = repository.createDeploymentQuery().count();
            assertThatThrownBy(() -> repository.createDeployment().addString(resource, "<x/>").deploy())
                    .isInstanceOf(ParseException.class).hasMessageContaining(resource);
            assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
        }
        repository.createDeployment().addString("form.form", "{\"components\": []}").deploy();
    }

    @Test
    void plainEnginesTakeBuildingBlocksOnly() {
        assertThatThrownBy(() -> TestEngines.inMemory(Map.of("dataSource", new Object())))
                .hasMessageContaining("dataSource");
    }

    private static void refused(String diagram, String elementId, String reason) {
        long definitions = repository.createProcessDefinitionQuery().count();
        long deployments = repository.createDeploymentQuery().count();
        assertThatThrownBy(() -> repository.createDeployment().addString("refused.bpmn", diagram).deploy())
                .isInstanceOfSatisfying(ParseException.class, refusal -> assertThat(refusal.getResorceReports())
                        .singleElement().satisfies(report -> assertThat(report.getErrors()).anySatisfy(problem -> {
                            assertThat(problem.getMainElementId()).isEqualTo(elementId);
                            assertThat(problem.getMessage()).contains(reason);
                        })));
        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }
}

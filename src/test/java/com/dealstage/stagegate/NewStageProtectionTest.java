package com.dealstage.stagegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealstage.rules.RuleEngine;
import com.dealstage.testsupport.TestEngines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process owner adds two stages with a diagram and a rule file, and no Java: they get the same protection as the
 * deal pipeline's stages (stored data only, own fields only, read-only once passed, entered only in order).
 */
class NewStageProtectionTest {

    @TempDir
    static Path rulesDir;
    private static ProcessEngine engine;
    private static RuntimeService runtime;
    private static TaskService tasks;

    @BeforeAll
    static void engineWithAProcessOwnersStages() throws IOException {
        Files.writeString(rulesDir.resolve("site-visit.drl"), """
                package gates.sitevisit
                import com.dealstage.rules.StageCompletion
                import com.dealstage.rules.StageEntry
                import com.dealstage.rules.Violation

                rule "SiteSurveyNeedsFloorArea"
                when
                    $c : StageCompletion(stage == "siteSurvey", !isPositiveNumber("floorArea"))
                then
                    insert(new Violation($c.stage(), "floorArea", "Floor area of the site is required."));
                end

                rule "SiteReportNeedsFindings"
                when
                    $c : StageCompletion(stage == "siteReport", !has("findings"))
                then
                    insert(new Violation($c.stage(), "findings", "Findings are required."));
                end

                rule "SiteReportComesAfterTheSurvey"
                when
                    $e : StageEntry(stage == "siteReport", !passed("siteSurvey"))
                then
                    insert(new Violation($e.stage(), "siteSurvey", "The site has not been surveyed."));
                end
                """);
        engine = TestEngines.inMemory(new StageGatePlugin(RuleEngine.fromDirectory(rulesDir)));
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        engine.getRepositoryService().createDeployment().addModelInstance("site-visit.bpmn",
                Bpmn.createExecutableProcess("site-visit").camundaHistoryTimeToLive(30).startEvent()
                        .userTask("siteSurvey").name("Site survey").userTask("siteReport").name("Site report")
                        .endEvent().done()).deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void transientAndForeignValuesDoNotPassTheNewStage() {
        String visit = runtime.startProcessInstanceByKey("site-visit").getId();
        String survey = taskOf(visit);

        assertThatThrownBy(() -> tasks.complete(survey, Variables.createVariables()
                .putValueTyped("floorArea", Variables.integerValue(420, true))))
                .hasMessageContaining("transient").hasMessageContaining("Floor area of the site is required.");
        assertThatThrownBy(() -> tasks.complete(survey, Map.of("floorArea", 420, "findings", "early")))
                .hasMessageContaining("'findings'");
        assertThat(runtime.getVariables(visit)).doesNotContainKeys("floorArea", "findings");
    }

    @Test
    void thePassedStagesDataIsReadOnly() {
        String visit = runtime.startProcessInstanceByKey("site-visit").getId();
        tasks.complete(taskOf(visit), Map.of("floorArea", 420));

        assertThatThrownBy(() -> runtime.setVariable(visit, "floorArea", 1))
                .hasMessageContaining("'floorArea' belongs to stage 'Site survey'");
        assertThatThrownBy(() -> runtime.removeVariable(visit, "floorArea")).hasMessageContaining("read-only");
        assertThat(runtime.getVariable(visit, "floorArea")).isEqualTo(420);
    }

    @Test
    void theNewStageCannotBeReachedFromTheSide() {
        String visit = runtime.startProcessInstanceByKey("site-visit").getId();

        assertThatThrownBy(() -> runtime.createProcessInstanceModification(visit).startBeforeActivity("siteReport")
                .cancelAllForActivity("siteSurvey").execute(true, true))
                .hasMessageContaining("Stage 'Site report' cannot be entered yet: The site has not been surveyed.");
        assertThat(tasks.createTaskQuery().processInstanceId(visit).singleResult().getTaskDefinitionKey())
                .isEqualTo("siteSurvey");
    }

    private static String taskOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }
}

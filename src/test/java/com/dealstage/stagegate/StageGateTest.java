package com.dealstage.stagegate;

import static com.dealstage.testsupport.StageInputs.forward;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealstage.deployment.ProcessFolderDeployer;
import com.dealstage.rules.RuleEngine;
import com.dealstage.rules.Violation;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.TestEngines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** The gate at engine level: Java calls on TaskService and RuntimeService cannot get past it. */
class StageGateTest {

    @TempDir
    static Path rulesDir;
    private static ProcessEngine engine;
    private static RuntimeService runtime;
    private static TaskService tasks;

    @BeforeAll
    static void engineWithGate() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("rules"), rulesDir);
        Files.writeString(rulesDir.resolve("site-survey.drl"), """
                package gates.sitesurvey
                import com.dealstage.rules.StageCompletion
                import com.dealstage.rules.Violation

                rule "SiteSurveyNeedsFloorArea"
                when
                    $c : StageCompletion(stage == "siteSurvey", !isPositiveNumber("floorArea"))
                then
                    insert(new Violation($c.stage(), "floorArea", "Floor area of the site is required."));
                end
                """);
        engine = TestEngines.inMemory(new StageGatePlugin(RuleEngine.fromDirectory(rulesDir)));
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        new ProcessFolderDeployer(engine.getRepositoryService()).deploy(Path.of("processes"));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void refusedCompletionLeavesTaskOpenAndStoresNothingOfTheSubmission() {
        String deal = runtime.startProcessInstanceByKey("deal-pipeline", StageInputs.leadIntake()).getId();
        Task coldCall = taskOf(deal);
        Map<String, Object> incomplete = new HashMap<>(forward("coldCall"));
        incomplete.remove("contactName");

        assertThatThrownBy(() -> tasks.complete(coldCall.getId(), incomplete))
                .satisfies(StageGateTest::isGateRefusal).hasMessageContaining("Cold call");

        assertThat(taskOf(deal).getId()).isEqualTo(coldCall.getId());
        assertThat(runtime.getVariables(deal)).doesNotContainKeys("contactPosition", "contactPhone", "meetingDate");
    }

    @Test
    void everyViolationIsReportedAtOnceWithFieldAndSentence() {
        String deal = runtime.startProcessInstanceByKey("deal-pipeline", StageInputs.leadIntake()).getId();
        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(
                () -> tasks.complete(taskOf(deal).getId(), Map.of("outcome", "MEETING_BOOKED")));
        assertThat(StageGateViolation.findIn(refusal).violations()).extracting(Violation::field)
                .contains("contactName", "contactPosition", "meetingDate");
        assertThat(refusal).hasMessageContaining("Contact name is required.")
                .hasMessageContaining("Meeting date must be a date");
    }

    @Test
    void leadWithoutMandatoryDataNeverStarts() {
        long before = runtime.createProcessInstanceQuery().count();
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("deal-pipeline", Map.of("source", "COLD_LIST")))
                .satisfies(StageGateTest::isGateRefusal).hasMessageContaining("Company name is required.");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void stageAddedByAProcessOwnerIsEnforcedWithoutJava() {
        BpmnModelInstance diagram = Bpmn.createExecutableProcess("site-visit").camundaHistoryTimeToLive(30)
                .startEvent().userTask("siteSurvey").name("Site survey").endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("site-visit.bpmn", diagram).deploy();
        String visit = runtime.startProcessInstanceByKey("site-visit").getId();

        assertThatThrownBy(() -> tasks.complete(taskOf(visit).getId(), Map.of()))
                .satisfies(StageGateTest::isGateRefusal).hasMessageContaining("Floor area of the site is required.");
        tasks.complete(taskOf(visit).getId(), Map.of("floorArea", 420));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(visit).count()).isZero();
    }

    @Test
    void aCompletionThatLostTheRaceForItsTaskIsAConcurrentChangeNotAFault() {
        // a timer on the task gives it an execution of its own, which the winner's completion removes
        BpmnModelInstance diagram = Bpmn.createExecutableProcess("timed-visit").camundaHistoryTimeToLive(30)
                .startEvent().userTask("siteSurvey").name("Site survey")
                .boundaryEvent("surveyReminder").cancelActivity(false).timerWithDuration("P1D").endEvent()
                .moveToActivity("siteSurvey").endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("timed-visit.bpmn", diagram).deploy();
        String visit = runtime.startProcessInstanceByKey("timed-visit").getId();
        String survey = taskOf(visit).getId();
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(command -> {
            TaskEntity read = command.getTaskManager().findTaskById(survey);
            // another request completes the same task and commits while this one still holds what it read
            configuration.getCommandExecutorTxRequiresNew().execute(new CompleteTaskCmd(survey,
                    Map.of("floorArea", 420)));
            read.complete();
            return null;
        })).hasRootCauseInstanceOf(OptimisticLockingException.class).rootCause()
                .hasMessageContaining("completed by another request at the same moment");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(visit).count()).as("completed once").isZero();
    }

    /** The gate's memory changes at every completion; its history would cost rows and say nothing new. */
    @Test
    void theGatesMemoryIsKeptOnTheDealButNotWrittenToHistory() {
        String deal = runtime.startProcessInstanceByKey("deal-pipeline", StageInputs.leadIntake()).getId();
        tasks.complete(taskOf(deal).getId(), forward("coldCall"));

        assertThat((String) runtime.getVariable(deal, PassedStages.VARIABLE)).contains("leadIntake", "coldCall=");
        HistoryService history = engine.getHistoryService();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(deal)
                .variableName(PassedStages.VARIABLE).count()).isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(deal).variableUpdates().list())
                .extracting(update -> ((HistoricVariableUpdate) update).getVariableName())
                .as("the deal's own data keeps its history").doesNotContain(PassedStages.VARIABLE)
                .contains("companyName", "outcome");
    }

    @Test
    void aFormSubmitIsJudgedAsTheCallersDataOnTaskAndStartForms() {
        String deal = runtime.startProcessInstanceByKey("deal-pipeline", StageInputs.leadIntake()).getId();
        Map<String, Object> withContract = new HashMap<>(forward("coldCall"));
        withContract.put("contractNumber", "D-1");

        assertThatThrownBy(() -> engine.getFormService().submitTaskForm(taskOf(deal).getId(), withContract))
                .satisfies(StageGateTest::isGateRefusal).hasMessageContaining("contractNumber");
        assertThat(runtime.getVariable(deal, "contractNumber")).isNull();

        Map<String, Object> forgedLead = new HashMap<>(StageInputs.leadIntake());
        forgedLead.put(PassedStages.VARIABLE, "leadIntake;coldCall=MEETING_BOOKED;contract=SIGNED");
        String pipeline = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(
                "deal-pipeline").latestVersion().singleResult().getId();
        long deals = runtime.createProcessInstanceQuery().count();
        assertThatThrownBy(() -> engine.getFormService().submitStartForm(pipeline, forgedLead))
                .hasMessageContaining(PassedStages.VARIABLE);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(deals);

        engine.getFormService().submitTaskForm(taskOf(deal).getId(), forward("coldCall"));
        assertThat(taskOf(deal).getTaskDefinitionKey()).as("the stage's own data still passes").isEqualTo("meeting");
    }

    @Test
    void anEngineWhereAnotherPluginSetTheHistoryHandlerDoesNotStartWithoutTheGuard() {
        AbstractProcessEnginePlugin ownHandler = new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setHistoryEventHandler(new DbHistoryEventHandler());
            }
        };
        assertThatThrownBy(() -> TestEngines.inMemory(new StageGatePlugin(RuleEngine.fromDirectory(rulesDir)),
                ownHandler)).hasMessageContaining("history handlers are not in force")
                .hasMessageContaining(DbHistoryEventHandler.class.getName());
    }

    @Test
    void anEngineWhereAnotherPluginReEnabledTheDefaultHistoryWriterDoesNotStart() {
        AbstractProcessEnginePlugin defaultWriter = new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setEnableDefaultDbHistoryEventHandler(true);
            }
        };
        assertThatThrownBy(() -> TestEngines.inMemory(new StageGatePlugin(RuleEngine.fromDirectory(rulesDir)),
                defaultWriter)).hasMessageContaining("history handlers are not in force")
                .hasMessageContaining("default database writer on");
    }

    private static void isGateRefusal(Throwable error) {
        assertThat(StageGateViolation.findIn(error)).as("stage gate refusal in " + error).isNotNull();
    }

    private static Task taskOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }
}

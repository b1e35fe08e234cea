package com.dealstage.stagegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealstage.deployment.ProcessFolderDeployer;
import com.dealstage.rules.RuleEngine;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.TestEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidator;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorContext;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Camunda runs the code of a generated form (its field validators) inside the form submit, through the same
 * delegate interceptor as the submit itself. Whatever that code writes is still the caller's write, judged by the
 * guard: were it trusted as the app's own delegates are, a form whose validator writes the gate's memory would let a
 * plain Tasklist submit forge the stages behind a deal. The application's deployment check does not let process
 * owners deploy such a form (its expressions resolve building blocks only), so this engine is built without it.
 */
class FormCodeInsideASubmitTest {

    private static final String FORGED = "leadIntake;coldCall=MEETING_BOOKED;meeting=NEEDS_CONFIRMED;"
            + "proposal=ACCEPTED;closing=AGREED;contract=SIGNED";
    private static ProcessEngine engine;

    /** A form field validator that writes the gate's memory while it validates. */
    private static final FormFieldValidator WRITES_THE_MEMORY = new FormFieldValidator() {
        @Override
        public boolean validate(Object submittedValue, FormFieldValidatorContext context) {
            context.getExecution().setVariable(PassedStages.VARIABLE, FORGED);
            return true;
        }
    };

    @BeforeAll
    static void engineWithAValidatorThatWrites() throws Exception {
        engine = TestEngines.inMemoryWithoutDeploymentCheck(Map.of("memoryWriter", WRITES_THE_MEMORY),
                new StageGatePlugin(RuleEngine.fromDirectory(Path.of("rules"))));
        new ProcessFolderDeployer(engine.getRepositoryService()).deploy(Path.of("processes"));
        // the cold call as a generated form whose outcome field has that validator
        String pipeline = Files.readString(Path.of("processes/deal-pipeline.bpmn")).replace(
                "camunda:formRef=\"coldCall\" camunda:formRefBinding=\"latest\" camunda:assignee=\"${manager}\" "
                        + "camunda:candidateGroups=\"sales-managers\">",
                "camunda:assignee=\"${manager}\" camunda:candidateGroups=\"sales-managers\"><bpmn:extensionElements>"
                        + "<camunda:formData><camunda:formField id=\"outcome\" type=\"string\"><camunda:validation>"
                        + "<camunda:constraint name=\"validator\" config=\"${memoryWriter}\" /></camunda:validation>"
                        + "</camunda:formField></camunda:formData></bpmn:extensionElements>");
        assertThat(pipeline).contains("${memoryWriter}");
        engine.getRepositoryService().createDeployment().addString("deal-pipeline.bpmn", pipeline).deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void whatAFormsValidatorWritesDuringASubmitIsJudgedAsTheCallersWrite() {
        String deal = engine.getRuntimeService().startProcessInstanceByKey("deal-pipeline", StageInputs.leadIntake())
                .getId();
        Task coldCall = engine.getTaskService().createTaskQuery().processInstanceId(deal).singleResult();

        assertThatThrownBy(() -> engine.getFormService().submitTaskForm(coldCall.getId(),
                StageInputs.forward("coldCall"))).hasMessageContaining(PassedStages.VARIABLE);

        assertThat(engine.getRuntimeService().getVariable(deal, PassedStages.VARIABLE)).isEqualTo("leadIntake");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(deal).singleResult().getId())
                .as("the deal still waits at its cold call").isEqualTo(coldCall.getId());
    }
}

package com.dealstage.recontact;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.DealstageApplication;
import com.dealstage.testsupport.EngineClock;
import com.dealstage.testsupport.MovesEngineClock;
import com.dealstage.testsupport.StageInputs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import java.util.Objects;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The re-contact timer is a durable Camunda job: the application is stopped after the rejection and started
 * again on the same H2 file database; when the due date has passed, the job executor of the new run fires the
 * timer and the manager's re-contact call appears.
 */
@Tag("own-context")
@MovesEngineClock
class RecontactAcrossRestartTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path databaseDir;

    @Test
    void timerSetBeforeARestartFiresAfterItAndTheManagerGetsTheCall() {
        String deal;
        Date due;
        try (ConfigurableApplicationContext firstRun = start()) {
            deal = firstRun.getBean(RuntimeService.class)
                    .startProcessInstanceByKey("deal-pipeline", StageInputs.leadIntake()).getId();
            TaskService tasks = firstRun.getBean(TaskService.class);
            tasks.complete(tasks.createTaskQuery().processInstanceId(deal).singleResult().getId(),
                    StageInputs.rejectionAt("coldCall", "NO_BUDGET"));
            Job timer = firstRun.getBean(ManagementService.class).createJobQuery().processInstanceId(deal).singleResult();
            due = timer.getDuedate();
        }

        // two and a half months pass while the application is down
        EngineClock.set(new Date(due.getTime() + 60_000));
        try (ConfigurableApplicationContext secondRun = start()) {
            Task call = awaitTask(secondRun.getBean(TaskService.class), deal);
            assertThat(call.getTaskDefinitionKey()).isEqualTo("recontactCall");
            assertThat(call.getAssignee()).isEqualTo("anna");
            assertThat(secondRun.getBean(JdbcClient.class).sql("SELECT reason_code FROM lead_rejection WHERE deal_id = ?")
                    .param(deal).query(String.class).single()).isEqualTo("NO_BUDGET");
        }
    }

    /** The job executor acquires due jobs in the background: wait for its result, but not forever. */
    private static Task awaitTask(TaskService tasks, String deal) {
        return Awaitility.await("re-contact call after the timer was due").atMost(PATIENCE)
                .until(() -> tasks.createTaskQuery().processInstanceId(deal).singleResult(), Objects::nonNull);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DealstageApplication.class).run("--spring.profiles.active=test",
                "--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + databaseDir.resolve("db").toAbsolutePath(),
                "--dealstage.rules.reload-interval=0");
    }
}

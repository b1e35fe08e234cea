package com.dealstage.api;

import static com.dealstage.api.ErrorBodies.assertNoLeak;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two requests complete the same task at the same moment, over real HTTP: exactly one wins (204), the
 * other learns that the task was completed meanwhile (409), and the deal moves on exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SimultaneousCompletionTest {

    private static final int ROUNDS = 10;

    @Autowired private TestRestTemplate rest;
    @Autowired private TaskService tasks;
    @Autowired private HistoryService history;
    private final ExecutorService two = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        two.shutdownNow();
    }

    @Test
    void simultaneousCompletionLoserGets409() throws Exception {
        EngineRestClient anna = new EngineRestClient(rest, "anna");
        race(ROUNDS, task -> anna.complete(task.getId(), StageInputs.forward("coldCall")));
    }

    @Test
    void simultaneousCompletionLoserGets409OnTheProjectApi() throws Exception {
        TestRestTemplate anna = rest.withBasicAuth("anna", "anna");
        race(ROUNDS / 2, task -> anna.postForEntity("/api/tasks/" + task.getId() + "/complete",
                StageInputs.forward("coldCall"), String.class));
    }

    private void race(int rounds, Function<Task, ResponseEntity<String>> complete) throws Exception {
        EngineRestClient anna = new EngineRestClient(rest, "anna");
        for (int round = 1; round <= rounds; round++) {
            String deal = anna.startDeal(StageInputs.newClientLead());
            Task coldCall = tasks.createTaskQuery().processInstanceId(deal).singleResult();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<ResponseEntity<String>>> racing = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                racing.add(two.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return complete.apply(coldCall);
                }));
            }
            List<ResponseEntity<String>> answers = new ArrayList<>();
            for (Future<ResponseEntity<String>> answer : racing) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            answers.sort(Comparator.comparingInt(answer -> answer.getStatusCode().value()));

            String context = "round " + round + ": " + answers;
            assertThat(answers).as(context).extracting(answer -> answer.getStatusCode().value()).containsExactly(204, 409);
            assertThat(answers.get(1).getBody()).as(context).containsAnyOf(coldCall.getId(), "reload");
            assertNoLeak(answers.get(1).getBody());
            assertThat(tasks.createTaskQuery().processInstanceId(deal).list()).as(context)
                    .singleElement().extracting(Task::getTaskDefinitionKey).isEqualTo("meeting");
            assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(deal).taskDefinitionKey("meeting")
                    .count()).as(context + ": no duplicated next task, not even one gone again").isEqualTo(1);
        }
    }
}

package com.dealstage.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.Stages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/** The real application (webapps, REST, security) driving one deal over HTTP like any client would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DealOverEngineRestTest {

    @Autowired
    private TestRestTemplate rest;

    @Test
    void managerDrivesADealThroughEveryStageOverEngineRest() {
        EngineRestClient anna = new EngineRestClient(rest, "anna");
        String deal = anna.startDeal(StageInputs.leadIntake());
        for (String stage : Stages.HAPPY_PATH) {
            List<Map<String, Object>> tasks = anna.tasks(deal);
            assertThat(tasks).singleElement().extracting(t -> t.get("taskDefinitionKey")).isEqualTo(stage);
            assertThat(anna.complete((String) tasks.get(0).get("id"), StageInputs.forward(stage)).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }
        Map<?, ?> history = new EngineRestClient(rest, "helen").get("/engine-rest/history/process-instance/" + deal)
                .getBody();
        assertThat(history.get("state")).isEqualTo("COMPLETED");
        Map<?, ?> won = new EngineRestClient(rest, "helen")
                .get("/engine-rest/history/activity-instance/count?activityId=dealWon&processInstanceId=" + deal).getBody();
        assertThat(won.get("count")).isEqualTo(1);
    }

    @Test
    void qualityControlDoesNotSeeTheManagersDealTasks() {
        String deal = new EngineRestClient(rest, "anna").startDeal(StageInputs.leadIntake());
        assertThat(new EngineRestClient(rest, "quinn").tasks(deal)).isEmpty();
        assertThat(new EngineRestClient(rest, "helen").tasks(deal)).as("heads of sales see every task").hasSize(1);
    }

    @Test
    void engineRestRefusesAnonymousCallers() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void tasklistAndCockpitAreServed() {
        assertThat(rest.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}

package com.dealstage.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the application's engine resolves when it evaluates an expression: the building blocks and the engine's
 * functions, never another bean of the Spring context, and no reflection. Stored Tasklist filter queries are
 * evaluated without passing a deployment, so they show the expression manager itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExpressionsAtRunTimeTest {

    @Autowired
    private FilterService filters;
    @Autowired
    private TaskService tasks;
    @Autowired
    private TestRestTemplate rest;

    @Test
    void expressionsSeeTheBuildingBlocksAndNoOtherBean() {
        assertThat(countTasksAssignedTo("${afterSalesSettings.surveyResultWait()}")).isZero();
        assertThatThrownBy(() -> countTasksAssignedTo("${environment.getProperty('user.home')}"))
                .hasStackTraceContaining("Cannot resolve identifier 'environment'");
        assertThatThrownBy(() -> countTasksAssignedTo("${dataSource.connection}"))
                .hasStackTraceContaining("Cannot resolve identifier 'dataSource'");
    }

    @Test
    void reflectionIsRefusedWhileEvaluating() {
        assertThatThrownBy(() -> countTasksAssignedTo("${''.getClass().getName()}"))
                .hasStackTraceContaining("may not use Java reflection");
        assertThatThrownBy(() -> countTasksAssignedTo("${afterSalesSettings['class'].name}"))
                .hasStackTraceContaining("may not use Java reflection");
    }

    @Test
    void tasklistFiltersStillResolveTheCurrentUser() {
        EngineRestClient anna = new EngineRestClient(rest, "anna");
        anna.startDeal(StageInputs.newClientLead());
        TestRestTemplate asAnna = rest.withBasicAuth("anna", "anna");
        List<Map<String, Object>> visible = asAnna.exchange("/engine-rest/filter?resourceType=Task", HttpMethod.GET,
                null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        Object myTasks = visible.stream().filter(filter -> "My tasks".equals(filter.get("name"))).findFirst()
                .orElseThrow().get("id");

        ResponseEntity<Map> count = asAnna.getForEntity("/engine-rest/filter/" + myTasks + "/count", Map.class);

        assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Integer) count.getBody().get("count")).as("the cold call of the deal anna just started")
                .isPositive();
    }

    private long countTasksAssignedTo(String expression) {
        Filter probe = filters.newTaskFilter("expression probe")
                .setQuery(tasks.createTaskQuery().taskAssigneeExpression(expression));
        filters.saveFilter(probe);
        try {
            return filters.count(probe.getId());
        } finally {
            filters.deleteFilter(probe.getId());
        }
    }
}

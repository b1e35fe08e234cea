package com.dealstage.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.StageInputs;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;

/** The Tasklist filters the README promises, as each role finds them over /engine-rest, with their queries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistFiltersTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private TaskService taskService;

    @Test
    void eachRoleFindsItsFiltersWithTheirQueries() {
        Map<String, Map<String, Object>> anna = filters("anna");
        assertThat(anna).containsKeys("My tasks", "My groups' tasks").doesNotContainKey("Overdue tasks");
        assertThat(query(anna, "My tasks")).containsEntry("assigneeExpression", "${currentUser()}");
        assertThat(query(anna, "My groups' tasks")).containsEntry("candidateGroupsExpression", "${currentUserGroups()}");

        Map<String, Map<String, Object>> quinn = filters("quinn");
        assertThat(query(quinn, "Quality-control surveys")).containsEntry("candidateGroup", "quality-control")
                .containsEntry("includeAssignedTasks", true);

        Map<String, Map<String, Object>> helen = filters("helen");
        assertThat(query(helen, "Overdue tasks")).containsEntry("dueBeforeExpression", "${now()}");
    }

    @Test
    void myTasksListsTheManagersOwnTasksOnly() {
        String deal = new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead());
        String coldCall = taskService.createTaskQuery().processInstanceId(deal).singleResult().getId();

        assertThat(taskIds("anna", "My tasks")).contains(coldCall);
        assertThat(taskIds("boris", "My tasks")).doesNotContain(coldCall);
    }

    @Test
    void overdueTasksListsATaskPastItsDueDateForTheHeadOfSales() {
        String deal = new EngineRestClient(rest, "anna").startDeal(StageInputs.newClientLead());
        Task coldCall = taskService.createTaskQuery().processInstanceId(deal).singleResult();
        assertThat(taskIds("helen", "Overdue tasks")).doesNotContain(coldCall.getId());

        coldCall.setDueDate(new Date(ClockUtil.getCurrentTime().getTime() - 60_000));
        taskService.saveTask(coldCall);

        assertThat(taskIds("helen", "Overdue tasks")).contains(coldCall.getId());
    }

    private Map<String, Map<String, Object>> filters(String user) {
        List<Map<String, Object>> filters = rest.withBasicAuth(user, user)
                .exchange("/engine-rest/filter?resourceType=Task", HttpMethod.GET, null, LIST).getBody();
        return filters.stream().collect(Collectors.toMap(filter -> (String) filter.get("name"), filter -> filter));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> query(Map<String, Map<String, Object>> filters, String name) {
        assertThat(filters).containsKey(name);
        return (Map<String, Object>) filters.get(name).get("query");
    }

    private List<Object> taskIds(String user, String filterName) {
        String id = (String) filters(user).get(filterName).get("id");
        List<Map<String, Object>> tasks = rest.withBasicAuth(user, user)
                .exchange("/engine-rest/filter/" + id + "/list?maxResults=1000", HttpMethod.GET, null, LIST).getBody();
        return tasks.stream().map(task -> task.get("id")).toList();
    }
}

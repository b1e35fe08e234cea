package com.dealstage.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The Tasklist's left column: the obvious views, each visible to the groups that need it. */
@Component
class TasklistFilters {

    private static final JsonTaskQueryConverter QUERY_JSON = new JsonTaskQueryConverter();

    private final FilterService filterService;
    private final TaskService taskService;
    private final AccessRights accessRights;

    TasklistFilters(FilterService filterService, TaskService taskService, AccessRights accessRights) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.accessRights = accessRights;
    }

    void ensure() {
        // the best leads first: a scored lead's cold call carries its score as priority (rules/scoring.drl); within
        // one priority Tasklist's own sorting (newest first by default) applies
        ensure("My tasks", -10, "Tasks assigned to me, the highest priority first",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByTaskPriority().desc(),
                Groups.BUSINESS);
        ensure("My groups' tasks", -5, "Unclaimed tasks offered to my groups",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"), Groups.BUSINESS);
        ensure("Quality-control surveys", 0, "NPS survey calls and other quality-control tasks",
                taskService.createTaskQuery().taskCandidateGroup(Groups.QUALITY_CONTROL).includeAssignedTasks(),
                List.of(Groups.QUALITY_CONTROL, Groups.SALES_HEADS));
        ensure("Overdue tasks", 5, "Every task past its due date",
                taskService.createTaskQuery().dueBeforeExpression("${now()}"), List.of(Groups.SALES_HEADS));
    }

    private static String json(Query<?, ?> query) {
        return QUERY_JSON.toJson((TaskQuery) query).toString();
    }

    private void ensure(String name, int priority, String description, TaskQuery query, List<String> groups) {
        Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name)
                    .setQuery(query)
                    .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
            filterService.saveFilter(filter);
        } else if (!Objects.equals(json(filter.getQuery()), json(query))) {
            // an installation made before keeps its filter (id, rights) and gets the query of this version
            filter.setQuery(query);
            filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
            filterService.saveFilter(filter);
        }
        for (String group : groups) {
            accessRights.ensure(group, FILTER, filter.getId(), READ);
        }
    }
}

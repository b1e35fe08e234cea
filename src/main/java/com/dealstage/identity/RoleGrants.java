package com.dealstage.identity;

import com.dealstage.deal.DealPipeline;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Permissions.TASK_ASSIGN;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * The role table (docs/security.md) as group authorizations. Rights on single records come on top and
 * are not listed here: a task's assignee (or, while unassigned, its candidate group) gets READ and TASK_WORK
 * on that task; a deal's manager gets READ on that deal and its history.
 */
final class RoleGrants {

    static final String ANY = "*";
    static final String DEAL_PIPELINE = DealPipeline.PROCESS_KEY;
    static final String NPS_SURVEY = "nps-survey";

    record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    }

    private RoleGrants() {
    }

    static List<Grant> all() {
        List<Grant> grants = new ArrayList<>();
        Groups.BUSINESS.forEach(group -> grants.add(new Grant(group, APPLICATION, "tasklist", ACCESS)));

        // own deals and tasks only: may start deals, sees survey definitions for the follow-up tasks
        grants.add(new Grant(Groups.SALES_MANAGERS, PROCESS_DEFINITION, DEAL_PIPELINE, READ, CREATE_INSTANCE));
        grants.add(new Grant(Groups.SALES_MANAGERS, PROCESS_DEFINITION, NPS_SURVEY, READ));
        grants.add(new Grant(Groups.SALES_MANAGERS, PROCESS_INSTANCE, ANY, CREATE));

        // the sales team's deals and tasks, reading and reassigning; working a task needs it assigned to them
        grants.add(new Grant(Groups.SALES_HEADS, APPLICATION, "cockpit", ACCESS));
        grants.add(new Grant(Groups.SALES_HEADS, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_TASK, READ_HISTORY));
        grants.add(new Grant(Groups.SALES_HEADS, PROCESS_DEFINITION, DEAL_PIPELINE, READ, CREATE_INSTANCE));
        grants.add(new Grant(Groups.SALES_HEADS, PROCESS_INSTANCE, ANY, READ, CREATE));
        grants.add(new Grant(Groups.SALES_HEADS, TASK, ANY, READ, TASK_ASSIGN));
        grants.add(new Grant(Groups.SALES_HEADS, HISTORIC_TASK, ANY, HistoricTaskPermissions.READ));
        grants.add(new Grant(Groups.SALES_HEADS, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ));

        // every survey task (also those claimed by a colleague), read only; working one needs it offered or
        // assigned. The survey carries no amounts (HandOverAfterSales passes contact data only)
        grants.add(new Grant(Groups.QUALITY_CONTROL, PROCESS_DEFINITION, NPS_SURVEY, READ, READ_TASK));

        // diagrams, not deals: deploy from Modeler, read definitions and their statistics in Cockpit
        grants.add(new Grant(Groups.PROCESS_OWNERS, APPLICATION, "cockpit", ACCESS));
        grants.add(new Grant(Groups.PROCESS_OWNERS, DEPLOYMENT, ANY, CREATE, READ));
        grants.add(new Grant(Groups.PROCESS_OWNERS, PROCESS_DEFINITION, ANY, READ));
        grants.add(new Grant(Groups.PROCESS_OWNERS, DECISION_DEFINITION, ANY, READ));
        grants.add(new Grant(Groups.PROCESS_OWNERS, DECISION_REQUIREMENTS_DEFINITION, ANY, READ));
        return grants;
    }
}

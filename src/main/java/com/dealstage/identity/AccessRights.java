package com.dealstage.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import com.dealstage.deal.DealPipeline;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may do what. Tasks need no grant here: Camunda gives assignees and candidate groups the
 * rights on each task it offers them, so a manager's Tasklist shows his tasks and his group's.
 */
@Component
class AccessRights {

    static final String NPS_SURVEY = "nps-survey";

    private final AuthorizationService authorizations;

    AccessRights(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void grant() {
        for (Resources resource : Resources.values()) {
            grant(Groups.ADMIN, resource, "*", ALL);
        }
        Groups.BUSINESS.forEach(group -> grant(group, APPLICATION, "tasklist", ACCESS));
        salesManagers();
        salesHeads();
        grant(Groups.QUALITY_CONTROL, PROCESS_DEFINITION, NPS_SURVEY, READ);
        processOwners();
    }

    private void salesManagers() {
        grant(Groups.SALES_MANAGERS, PROCESS_DEFINITION, DealPipeline.PROCESS_KEY, READ, CREATE_INSTANCE);
        grant(Groups.SALES_MANAGERS, PROCESS_INSTANCE, "*", CREATE);
    }

    /** Heads of sales watch every deal and every task, in Tasklist and Cockpit. */
    private void salesHeads() {
        grant(Groups.SALES_HEADS, APPLICATION, "cockpit", ACCESS);
        grant(Groups.SALES_HEADS, PROCESS_DEFINITION, "*", READ, CREATE_INSTANCE, READ_INSTANCE, READ_TASK, READ_HISTORY);
        grant(Groups.SALES_HEADS, PROCESS_INSTANCE, "*", READ, CREATE);
        grant(Groups.SALES_HEADS, TASK, "*", READ);
        grant(Groups.SALES_HEADS, HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
        grant(Groups.SALES_HEADS, HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
    }

    /** Process owners deploy diagrams from Modeler and inspect them in Cockpit. */
    private void processOwners() {
        grant(Groups.PROCESS_OWNERS, APPLICATION, "cockpit", ACCESS);
        grant(Groups.PROCESS_OWNERS, DEPLOYMENT, "*", ALL);
        grant(Groups.PROCESS_OWNERS, PROCESS_DEFINITION, "*", ALL);
        grant(Groups.PROCESS_OWNERS, DECISION_DEFINITION, "*", ALL);
        grant(Groups.PROCESS_OWNERS, PROCESS_INSTANCE, "*", READ, CREATE);
    }

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
        if (exists) {
            return;
        }
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}

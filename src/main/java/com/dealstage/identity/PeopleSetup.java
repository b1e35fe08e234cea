package com.dealstage.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Creates groups, the admin and (embedded run) demo users, their rights and Tasklist filters; idempotent. */
@Component
class PeopleSetup implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(PeopleSetup.class);
    static final String ADMIN_ID = "admin";

    private final IdentityService identityService;
    private final AccessRights accessRights;
    private final TasklistFilters filters;
    private final IdentityProperties properties;

    PeopleSetup(IdentityService identityService, AccessRights accessRights, TasklistFilters filters,
            IdentityProperties properties) {
        this.identityService = identityService;
        this.accessRights = accessRights;
        this.filters = filters;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        Groups.BUSINESS.forEach(this::ensureGroup);
        ensureGroup(Groups.ADMIN);
        ensureUser(ADMIN_ID, "Dealstage", "Administrator", properties.adminPassword(), Groups.ADMIN);
        if (properties.demoUsers()) {
            DemoUser.ALL.forEach(u -> ensureUser(u.id(), u.firstName(), u.lastName(), u.id(), u.group()));
            log.info("Demo users created: {} (password = user id)", DemoUser.ALL.stream().map(DemoUser::id).toList());
        }
        accessRights.grant();
        filters.ensure();
    }

    private void ensureGroup(String id) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(Groups.displayName(id));
            group.setType(Groups.ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    private void ensureUser(String id, String firstName, String lastName, String password, String groupId) {
        User user = identityService.createUserQuery().userId(id).singleResult();
        if (user == null) {
            user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@dealstage.example");
            user.setPassword(password);
            identityService.saveUser(user);
        } else if (ADMIN_ID.equals(id) && !identityService.checkPassword(id, password)) {
            // the environment is the source of truth for the admin password
            user.setPassword(password);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(id, groupId);
        }
    }
}

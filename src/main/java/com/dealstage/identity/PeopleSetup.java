package com.dealstage.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates groups, the admin and (embedded run) demo users, their rights and Tasklist filters; idempotent.
 * The configuration is the source of truth for these users' passwords: a changed one is set at startup the
 * way an administrator changes a password (never through a login check, which would count a failed login).
 */
@Component
class PeopleSetup implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(PeopleSetup.class);

    private final IdentityService identityService;
    private final StoredPasswords passwords;
    private final FormerAdmins formerAdmins;
    private final AccessRights accessRights;
    private final TasklistFilters filters;
    private final IdentityProperties properties;

    PeopleSetup(IdentityService identityService, StoredPasswords passwords, FormerAdmins formerAdmins,
            AccessRights accessRights, TasklistFilters filters, IdentityProperties properties) {
        this.identityService = identityService;
        this.passwords = passwords;
        this.formerAdmins = formerAdmins;
        this.accessRights = accessRights;
        this.filters = filters;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        Groups.BUSINESS.forEach(this::ensureGroup);
        ensureGroup(Groups.ADMIN);
        ensureGroup(Groups.ACCOUNTING);
        String admin = properties.adminUser();
        ensureUser(admin, "Dealstage", "Administrator", properties.effectiveAdminPassword(), Groups.ADMIN);
        formerAdmins.markCurrent(admin);
        formerAdmins.retireAllBut(admin);
        if (properties.demoUsers()) {
            // a demo id chosen as the admin's keeps the admin's password, not "password = id"
            DemoUser.ALL.stream().filter(u -> !u.id().equals(admin))
                    .forEach(u -> ensureUser(u.id(), u.firstName(), u.lastName(), u.id(), u.group()));
            log.info("Demo users created: {} (password = user id)", DemoUser.ALL.stream().map(DemoUser::id).toList());
        }
        accessRights.grant();
        filters.ensure();
    }

    private void ensureGroup(String id) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(Groups.displayName(id));
            group.setType(Groups.ADMIN.equals(id) || Groups.ACCOUNTING.equals(id) ? "SYSTEM" : "WORKFLOW");
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
        } else if (!passwords.matches(user, password)) {
            user.setPassword(password);
            identityService.saveUser(user);
            // a lock left by wrong guesses at the old password must not keep the new one out
            identityService.unlockUser(id);
            log.info("Password of {} set from the configuration", id);
        }
        if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(id, groupId);
        }
    }
}

package com.dealstage.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The administrator Dealstage keeps is marked (Camunda user info {@value #MARKER}); when
 * dealstage.identity.admin-user names another user id, the former one is deleted at startup together with
 * every authorization granted to him, so nobody can log in with it and a user created later under that id
 * inherits nothing. Administrators added by hand in the Admin webapp carry no marker and are left alone.
 */
@Component
class FormerAdmins {

    static final String MARKER = "dealstage.managed";
    private static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(FormerAdmins.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizations;

    FormerAdmins(IdentityService identityService, AuthorizationService authorizations) {
        this.identityService = identityService;
        this.authorizations = authorizations;
    }

    void markCurrent(String adminId) {
        if (!ADMIN.equals(identityService.getUserInfo(adminId, MARKER))) {
            identityService.setUserInfo(adminId, MARKER, ADMIN);
        }
    }

    void retireAllBut(String adminId) {
        for (User member : identityService.createUserQuery().memberOfGroup(Groups.ADMIN).list()) {
            if (!member.getId().equals(adminId) && managedByUs(member)) {
                for (Authorization granted : authorizations.createAuthorizationQuery().userIdIn(member.getId()).list()) {
                    authorizations.deleteAuthorization(granted.getId());
                }
                identityService.deleteUser(member.getId());
                log.warn("Former admin '{}' deleted: dealstage.identity.admin-user is now '{}'", member.getId(), adminId);
            }
        }
    }

    /** Marked, or the admin of a database from before the marker (id and e-mail as PeopleSetup made them). */
    private boolean managedByUs(User user) {
        return ADMIN.equals(identityService.getUserInfo(user.getId(), MARKER))
                || (ADMIN.equals(user.getId()) && "admin@dealstage.example".equals(user.getEmail()));
    }
}

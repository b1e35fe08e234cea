package com.dealstage.funnel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The members of a Camunda group, by id, with the names people read. */
@Component
class Team {

    private final IdentityService identity;
    private final FunnelProperties settings;

    Team(IdentityService identity, FunnelProperties settings) {
        this.identity = identity;
        this.settings = settings;
    }

    /** The group a report compares: the requested one, or the configured default; 400 when it is no group. */
    String resolve(String requested) {
        String group = requested == null || requested.isBlank() ? settings.team() : requested.trim();
        if (!exists(group)) {
            throw FunnelErrors.badParameter("team", "Team '" + group + "' is not a group.");
        }
        return group;
    }

    boolean exists(String group) {
        return unrestricted(() -> identity.createGroupQuery().groupId(group).count() > 0);
    }

    /** Member id to display name, ordered by id. */
    Map<String, String> members(String group) {
        Map<String, String> members = new LinkedHashMap<>();
        for (User user : unrestricted(() -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc()
                .list())) {
            members.put(user.getId(), name(user));
        }
        return members;
    }

    /**
     * Reads people past the caller's own rights on users and groups: the controller has already decided what he
     * may see of the funnel, and a head of sales has no READ on every group.
     */
    private <T> T unrestricted(Supplier<T> query) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}

package com.dealstage.imports;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The people an import needs to know, read past the uploader's own rights on users and groups (a head of sales may
 * not READ every user or group): the team distribution chooses among, whether a named manager exists, and the
 * uploader's groups (the deals start with his rights).
 */
@Component
class ImportPeople {

    private final IdentityService identity;

    ImportPeople(IdentityService identity) {
        this.identity = identity;
    }

    List<String> membersOf(String group) {
        return unrestricted(() -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()
                .stream().map(User::getId).toList());
    }

    boolean exists(String userId) {
        return unrestricted(() -> identity.createUserQuery().userId(userId).count() > 0);
    }

    /** From now on, this thread works with the rights of {@code userId} (and his groups). */
    void actAs(String userId) {
        List<String> groups = unrestricted(() -> identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
        identity.setAuthentication(userId, groups);
    }

    void stopActing() {
        identity.clearAuthentication();
    }

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
}

package com.dealstage.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ALL;

import com.dealstage.identity.RoleGrants.Grant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings the groups' authorizations to exactly {@link RoleGrants} at every start: missing ones are created,
 * changed ones corrected, obsolete ones removed. So an existing database loses a right the code no longer
 * grants (e.g. process owners' former ALL on process definitions). Rights on single tasks, deals and filters
 * are not touched here.
 */
@Component
class AccessRights {

    private static final Logger log = LoggerFactory.getLogger(AccessRights.class);
    /** Resources whose group authorizations are all role-level, whatever the resource id. */
    private static final Set<Integer> ROLE_LEVEL = Set.of(Resources.APPLICATION.resourceType(),
            Resources.PROCESS_DEFINITION.resourceType(), Resources.DEPLOYMENT.resourceType(),
            Resources.DECISION_DEFINITION.resourceType(), Resources.DECISION_REQUIREMENTS_DEFINITION.resourceType());

    private final AuthorizationService authorizations;

    AccessRights(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void grant() {
        for (Resources resource : Resources.values()) {
            ensure(Groups.ADMIN, resource, RoleGrants.ANY, ALL);
        }
        List<Grant> grants = RoleGrants.all();
        grants.forEach(g -> ensure(g.groupId(), g.resource(), g.resourceId(), g.permissions()));
        Map<String, Set<String>> wanted = grants.stream().collect(Collectors.groupingBy(Grant::groupId,
                Collectors.mapping(g -> key(g.resource().resourceType(), g.resourceId()), Collectors.toSet())));
        for (String group : Groups.BUSINESS) {
            removeObsolete(group, wanted.getOrDefault(group, Set.of()));
        }
    }

    /** Exactly these permissions for the group on the resource (created or corrected). */
    void ensure(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(
                Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .singleResult();
        int wanted = 0;
        for (Permission permission : permissions) {
            wanted |= permission.getValue();
        }
        if (authorization != null && ((AuthorizationEntity) authorization).getPermissions() == wanted) {
            return;
        }
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else {
            log.info("Correcting the rights of group {} on {} {}", groupId, resource.resourceName(), resourceId);
        }
        authorization.setPermissions(permissions);
        authorizations.saveAuthorization(authorization);
    }

    private void removeObsolete(String group, Set<String> wanted) {
        for (Authorization existing : authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group).list()) {
            boolean roleLevel = RoleGrants.ANY.equals(existing.getResourceId())
                    || ROLE_LEVEL.contains(existing.getResourceType());
            if (roleLevel && !wanted.contains(key(existing.getResourceType(), existing.getResourceId()))) {
                log.info("Removing a right group {} no longer has: resource type {} {}", group,
                        existing.getResourceType(), existing.getResourceId());
                authorizations.deleteAuthorization(existing.getId());
            }
        }
    }

    private static String key(int resourceType, String resourceId) {
        return resourceType + ":" + resourceId;
    }
}

package com.dealstage.deal;

import com.dealstage.rules.Violation;
import com.dealstage.stagegate.StageGateViolation;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Who may be a new lead's manager: an existing user of a sales team, i.e. with a group other than the non-sales
 * ones. The manager reads the whole deal (amounts included), so naming a quality-control user, a process owner, the
 * accounting user or an id nobody has is refused (422 on every channel), whoever starts the lead.
 */
record DealOwners(List<String> nonSalesGroups) {

    DealOwners {
        nonSalesGroups = List.copyOf(nonSalesGroups);
    }

    void check(DelegateExecution start, String stageName) {
        Object manager = start.getProcessInstance().getVariable(DealPipeline.MANAGER);
        if (!(manager instanceof String id) || id.isBlank()) {
            return; // the lead gate has already named a missing or non-text manager
        }
        IdentityService identity = start.getProcessEngineServices().getIdentityService();
        // the caller may not read users and groups; the check is the engine's own
        String refusal = Context.getCommandContext().runWithoutAuthorization(() -> {
            // one query for the usual case (a sales manager); the user query only to word a refusal
            List<Group> groups = identity.createGroupQuery().groupMember(id).list();
            if (!groups.stream().map(Group::getId).allMatch(nonSalesGroups::contains)) {
                return null;
            }
            return identity.createUserQuery().userId(id).count() == 0 ? "there is no such user."
                    : "a deal belongs to a user of a sales team, not of " + String.join(", ", nonSalesGroups) + ".";
        });
        if (refusal != null) {
            throw new StageGateViolation(DealPipeline.LEAD_INTAKE, stageName, List.of(new Violation(
                    DealPipeline.LEAD_INTAKE, DealPipeline.MANAGER, "'" + id + "' cannot be the deal's manager: "
                    + refusal)));
        }
    }
}

package com.dealstage.recontact;

import com.dealstage.deployment.DiagramBuildingBlock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code recontactCall}, run when the timer fires, months after the rejection:
 * <ul>
 * <li>who calls: {@code recontactAssignee} is the deal's manager if that user still exists, else null, which
 * leaves the task to its candidate group (sales-managers);</li>
 * <li>the earlier rejection moves to {@code earlierRejectionReason} / {@code earlierRejectionComment}: the form
 * shows it as context, and a new rejection needs a reason and comment of its own instead of pre-filled old ones.</li>
 * </ul>
 */
@DiagramBuildingBlock
@Component("recontactCallSetup")
class RecontactCallSetup implements ExecutionListener {

    @Override
    public void notify(DelegateExecution deal) {
        deal.setVariable("recontactAssignee", activeUser(deal, deal.getVariable("manager")));
        moveToEarlier(deal, "rejectionReason", "earlierRejectionReason");
        moveToEarlier(deal, "rejectionComment", "earlierRejectionComment");
    }

    private static String activeUser(DelegateExecution deal, Object manager) {
        if (manager == null || manager.toString().isBlank()) {
            return null;
        }
        IdentityService identity = deal.getProcessEngineServices().getIdentityService();
        // the timer's job runs without a user; a job retried from Cockpit runs as an admin: same answer for both
        long found = Context.getCommandContext().runWithoutAuthorization(
                () -> identity.createUserQuery().userId(manager.toString()).count());
        return found > 0 ? manager.toString() : null;
    }

    private static void moveToEarlier(DelegateExecution deal, String variable, String earlier) {
        if (deal.hasVariable(variable)) {
            deal.setVariable(earlier, deal.getVariable(variable));
            deal.removeVariable(variable);
        }
    }
}

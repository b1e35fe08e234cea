package com.dealstage.recontact;

import com.dealstage.deployment.DiagramBuildingBlock;
import com.dealstage.clients.ClientIdentity;
import com.dealstage.deal.Deals;
import com.dealstage.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Service task {@code planRecontact} of deal-pipeline: asks the policy what to do with a rejection, sets the
 * variables the diagram's timer and gateway read and records the rejection. It runs in the
 * manager's submission (no async boundary): the rejection, its record and the timer commit together, and a
 * failure here refuses the submission instead of leaving a rejected deal without a plan.
 */
@DiagramBuildingBlock
@Component("recontactPlanner")
class RecontactPlanner implements JavaDelegate {

    private final RecontactPolicy policy;
    private final Rejections rejections;
    private final ZoneId zone;
    private final Deals deals;

    RecontactPlanner(RecontactPolicy policy, Rejections rejections, BusinessCalendar calendar, Deals deals) {
        this.policy = policy;
        this.rejections = rejections;
        this.zone = calendar.zone();
        this.deals = deals;
    }

    @Override
    public void execute(DelegateExecution deal) {
        // the engine clock, so that tests and Cockpit's "time travel" see the same dates as the timer
        Instant rejectedAt = ClockUtil.getCurrentTime().toInstant();
        // refusals count per client (clients module), across all its deals
        long clientId = deals.clientOf(deal);
        String companyKey = ClientIdentity.of(deal.getVariable("companyTaxId"), deal.getVariable("companyName")).key();
        int refusals = rejections.refusalsOf(clientId) + 1;
        String stage = RejectedStage.of(deal);
        RecontactPlan plan = policy.planFor(new Rejection(text(deal, "rejectionReason"), stage,
                text(deal, "source"), DealAmount.of(deal), refusals, rejectedAt));
        Instant due = plan.comeBack() ? DueDate.after(rejectedAt, plan.due(), zone) : null;
        setPlanVariables(deal, plan, due, refusals);
        LeadRejected rejection = new LeadRejected(deal.getProcessInstanceId(), text(deal, "companyName"),
                text(deal, "companyTaxId"), companyKey, text(deal, "manager"), stage, text(deal, "rejectionReason"),
                text(deal, "rejectionComment"), rejectedAt, due, plan.comeBack() ? plan.action() : null, refusals);
        rejections.record(rejection, clientId);
    }

    /** What the diagram reads: the gateway "Come back?", the timer, and the re-contact call's form. */
    private static void setPlanVariables(DelegateExecution deal, RecontactPlan plan, Instant due, int refusals) {
        deal.setVariable("recontactPlanned", plan.comeBack());
        deal.setVariable("recontactDue", due == null ? null : due.toString());
        deal.setVariable("recontactAction", plan.action());
        deal.setVariable("recontactRationale", plan.rationale());
        deal.setVariable("refusalCount", refusals);
    }

    private static String text(DelegateExecution deal, String variable) {
        Object value = deal.getVariable(variable);
        return value == null ? null : value.toString();
    }
}

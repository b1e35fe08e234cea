package com.dealstage.recontact;

import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Service task {@code planRecontact} of deal-pipeline: asks the policy what to do with a rejection, sets the
 * variables the diagram's timer and gateway read, records the rejection and announces it. It runs in the
 * manager's submission (no async boundary): the rejection, its record and the timer commit together, and a
 * failure here refuses the submission instead of leaving a rejected deal without a plan.
 */
@Component("recontactPlanner")
class RecontactPlanner implements JavaDelegate {

    private final RecontactPolicy policy;
    private final Rejections rejections;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;

    RecontactPlanner(RecontactPolicy policy, Rejections rejections, ApplicationEventPublisher events,
            RecontactProperties properties) {
        this.policy = policy;
        this.rejections = rejections;
        this.events = events;
        this.zone = properties.zone();
    }

    @Override
    public void execute(DelegateExecution deal) {
        // the engine clock, so that tests and Cockpit's "time travel" see the same dates as the timer
        Instant rejectedAt = ClockUtil.getCurrentTime().toInstant();
        String companyKey = CompanyKey.of(deal.getVariable("companyTaxId"), deal.getVariable("companyName"));
        int refusals = rejections.refusalsOf(deal.getVariable("companyTaxId"), deal.getVariable("companyName")) + 1;
        String stage = RejectedStage.of(deal);
        RecontactPlan plan = policy.planFor(new Rejection(text(deal, "rejectionReason"), stage,
                text(deal, "source"), DealAmount.of(deal), refusals, rejectedAt));
        Instant due = plan.comeBack() ? DueDate.after(rejectedAt, plan.due(), zone) : null;
        setPlanVariables(deal, plan, due, refusals);
        LeadRejected rejection = new LeadRejected(deal.getProcessInstanceId(), text(deal, "companyName"),
                text(deal, "companyTaxId"), companyKey, text(deal, "manager"), stage, text(deal, "rejectionReason"),
                text(deal, "rejectionComment"), rejectedAt, due, plan.comeBack() ? plan.action() : null, refusals);
        rejections.record(rejection);
        events.publishEvent(rejection);
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

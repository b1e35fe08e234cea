package com.dealstage.survey;

import com.dealstage.deployment.DiagramBuildingBlock;
import com.dealstage.calendar.BusinessCalendar;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code recordFulfilmentAct} in deal-pipeline: stores the act just entered (the stage gate has checked it)
 * and decides whether the closing-documents stage loops for another act.
 */
@DiagramBuildingBlock
@Component("recordFulfilmentAct")
class RecordFulfilmentAct implements JavaDelegate {

    static final List<String> ACT_FIELDS = List.of("actType", "actNumber", "actSignedDate", "actSignedBy");

    private final ActRecords acts;
    private final BusinessCalendar calendar;

    RecordFulfilmentAct(ActRecords acts, BusinessCalendar calendar) {
        this.acts = acts;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution deal) {
        String dealId = deal.getProcessInstanceId();
        acts.record(dealId, signedAct(deal), ClockUtil.getCurrentTime().toInstant());
        // read once and dropped, so that a "more to come" of an earlier pass never loops the deal again
        boolean moreToCome = Boolean.parseBoolean(String.valueOf(deal.getVariable("moreActsToSign")));
        deal.removeVariable("moreActsToSign");
        deal.setVariable("allActsSigned", !moreToCome);
        deal.setVariable("signedActs", acts.count(dealId));
        if (moreToCome) {
            // the next pass shows an empty form instead of the act just recorded
            ACT_FIELDS.forEach(deal::removeVariable);
        }
    }

    private ActRecords.SignedAct signedAct(DelegateExecution deal) {
        return new ActRecords.SignedAct(String.valueOf(deal.getVariable("actType")),
                String.valueOf(deal.getVariable("actNumber")), calendar.localDate(deal.getVariable("actSignedDate")),
                String.valueOf(deal.getVariable("actSignedBy")));
    }
}

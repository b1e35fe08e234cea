package com.dealstage.repeatsale;

import com.dealstage.deployment.DiagramBuildingBlock;
import com.dealstage.deal.DealPipeline;
import com.dealstage.deal.Deals;
import com.dealstage.deal.Lead;
import com.dealstage.deal.Origin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code startRepeatDeal} in deal-pipeline: the client buys again, so a new deal starts for the same company
 * (same tax number, contact and manager), source REPEAT, linked to this one by {@code previousDealId}. Started by
 * the engine, so the open-deal check does not hold it back.
 */
@DiagramBuildingBlock
@Component("startRepeatDeal")
class StartRepeatDeal implements JavaDelegate {

    private static final List<String> SAME_CLIENT = List.of(DealPipeline.COMPANY_NAME, DealPipeline.COMPANY_TAX_ID,
            DealPipeline.MANAGER, "contactName", "contactPosition", "contactPhone", "contactEmail");

    private final Deals deals;

    StartRepeatDeal(Deals deals) {
        this.deals = deals;
    }

    @Override
    public void execute(DelegateExecution deal) {
        Map<String, Object> lead = new HashMap<>();
        SAME_CLIENT.stream().filter(name -> deal.getVariable(name) != null)
                .forEach(name -> lead.put(name, deal.getVariable(name)));
        lead.put(DealPipeline.SOURCE, DealPipeline.REPEAT);
        lead.put("repeatSaleOffer", deal.getVariable("offer"));
        String repeatDealId = deals.start(Lead.of(lead), Origin.repeatSale(deal.getProcessInstanceId()));
        deal.setVariable(DealPipeline.REPEAT_DEAL_ID, repeatDealId);
    }
}

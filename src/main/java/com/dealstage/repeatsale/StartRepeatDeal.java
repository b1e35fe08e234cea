package com.dealstage.repeatsale;

import com.dealstage.deployment.DiagramBuildingBlock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code startRepeatDeal} in deal-pipeline: the client buys again, so a new deal starts for the same company
 * (same tax number, contact and manager), source REPEAT, linked to this one by {@code previousDealId}.
 */
@DiagramBuildingBlock
@Component("startRepeatDeal")
class StartRepeatDeal implements JavaDelegate {

    static final String DEAL_PIPELINE = "deal-pipeline";
    private static final List<String> SAME_CLIENT = List.of("companyName", "companyTaxId", "manager", "contactName",
            "contactPosition", "contactPhone", "contactEmail");

    @Override
    public void execute(DelegateExecution deal) {
        Map<String, Object> lead = new HashMap<>();
        SAME_CLIENT.stream().filter(name -> deal.getVariable(name) != null)
                .forEach(name -> lead.put(name, deal.getVariable(name)));
        lead.put("source", "REPEAT");
        lead.put("previousDealId", deal.getProcessInstanceId());
        lead.put("repeatSaleOffer", deal.getVariable("offer"));
        String repeatDealId = deal.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(DEAL_PIPELINE, lead).getId();
        deal.setVariable("repeatDealId", repeatDealId);
    }
}

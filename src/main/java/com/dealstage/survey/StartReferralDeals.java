package com.dealstage.survey;

import com.dealstage.deployment.DiagramBuildingBlock;
import com.dealstage.deal.DealPipeline;
import com.dealstage.deal.Deals;
import com.dealstage.deal.Lead;
import com.dealstage.deal.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code startReferralDeals} in nps-survey: every referral with a company name becomes a new deal-pipeline
 * started through the deal facade as the engine's own referral (the open-deal check does not hold it back), source
 * REFERRAL, worked by the same manager and linked to the deal and company that gave it. The form
 * has three fixed slots because Tasklist's dynamic list needs Spin, which this application does not ship.
 */
@DiagramBuildingBlock
@Component("startReferralDeals")
class StartReferralDeals implements JavaDelegate {

    static final int SLOTS = 3;

    private final SurveyRecords surveys;
    private final Deals deals;

    StartReferralDeals(SurveyRecords surveys, Deals deals) {
        this.surveys = surveys;
        this.deals = deals;
    }

    @Override
    public void execute(DelegateExecution survey) {
        List<String> dealIds = new ArrayList<>();
        for (int slot = 1; slot <= SLOTS; slot++) {
            String company = text(survey, "referral" + slot + "Company");
            if (company != null) {
                dealIds.add(deals.start(Lead.of(lead(survey, slot, company)),
                        Origin.referral((String) survey.getVariable("dealId"))));
            }
        }
        survey.setVariable("referralDealIds", String.join(",", dealIds));
        surveys.referrals(survey.getProcessInstanceId(), dealIds.size());
    }

    private static Map<String, Object> lead(DelegateExecution survey, int slot, String company) {
        Map<String, Object> lead = new HashMap<>();
        lead.put(DealPipeline.COMPANY_NAME, company);
        lead.put(DealPipeline.SOURCE, DealPipeline.REFERRAL);
        lead.put(DealPipeline.MANAGER, survey.getVariable("manager"));
        lead.put("referredByCompanyName", survey.getVariable("companyName"));
        lead.put("referredByCompanyTaxId", survey.getVariable("companyTaxId"));
        lead.put("contactName", text(survey, "referral" + slot + "Contact"));
        lead.put("contactPhone", text(survey, "referral" + slot + "Phone"));
        lead.values().removeIf(value -> value == null);
        return lead;
    }

    private static String text(DelegateExecution survey, String name) {
        Object value = survey.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}

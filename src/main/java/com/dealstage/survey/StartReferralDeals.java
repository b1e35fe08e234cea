package com.dealstage.survey;

import com.dealstage.deployment.DiagramBuildingBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code startReferralDeals} in nps-survey: every referral with a company name becomes a new deal-pipeline
 * instance, source REFERRAL, worked by the same manager and linked to the deal and company that gave it. The form
 * has three fixed slots because Tasklist's dynamic list needs Spin, which this application does not ship.
 */
@DiagramBuildingBlock
@Component("startReferralDeals")
class StartReferralDeals implements JavaDelegate {

    static final int SLOTS = 3;
    static final String DEAL_PIPELINE = "deal-pipeline";

    private final SurveyRecords surveys;

    StartReferralDeals(SurveyRecords surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution survey) {
        List<String> dealIds = new ArrayList<>();
        for (int slot = 1; slot <= SLOTS; slot++) {
            String company = text(survey, "referral" + slot + "Company");
            if (company != null) {
                dealIds.add(startDeal(survey, lead(survey, slot, company)));
            }
        }
        survey.setVariable("referralDealIds", String.join(",", dealIds));
        surveys.referrals(survey.getProcessInstanceId(), dealIds.size());
    }

    private static Map<String, Object> lead(DelegateExecution survey, int slot, String company) {
        Map<String, Object> lead = new HashMap<>();
        lead.put("companyName", company);
        lead.put("source", "REFERRAL");
        lead.put("manager", survey.getVariable("manager"));
        lead.put("referredByDealId", survey.getVariable("dealId"));
        lead.put("referredByCompanyName", survey.getVariable("companyName"));
        lead.put("referredByCompanyTaxId", survey.getVariable("companyTaxId"));
        lead.put("contactName", text(survey, "referral" + slot + "Contact"));
        lead.put("contactPhone", text(survey, "referral" + slot + "Phone"));
        lead.values().removeIf(value -> value == null);
        return lead;
    }

    private static String startDeal(DelegateExecution survey, Map<String, Object> lead) {
        return survey.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(DEAL_PIPELINE, lead).getId();
    }

    private static String text(DelegateExecution survey, String name) {
        Object value = survey.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}

package com.dealstage.survey;

import com.dealstage.deployment.DiagramBuildingBlock;
import com.dealstage.clients.ClientIdentity;
import com.dealstage.deal.Deals;
import com.dealstage.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code handOverAfterSales} in deal-pipeline: the rules decide whether and when quality control calls; a planned
 * survey runs as its own nps-survey instance (business key = the deal), so the deal never waits on a phone call.
 */
@DiagramBuildingBlock
@Component("handOverAfterSales")
class HandOverAfterSales implements JavaDelegate {

    static final String NPS_SURVEY = "nps-survey";
    private static final List<String> PASSED_ON = List.of("companyName", "companyTaxId", "manager", "contactName",
            "contactPosition", "contactPhone", "contactEmail");

    private final SurveyRules rules;
    private final SurveyRecords surveys;
    private final Deals deals;
    private final BusinessCalendar calendar;

    HandOverAfterSales(SurveyRules rules, SurveyRecords surveys, Deals deals, BusinessCalendar calendar) {
        this.rules = rules;
        this.surveys = surveys;
        this.deals = deals;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution deal) {
        // survey fatigue counts per client (clients module), across all its deals
        long clientId = deals.clientOf(deal);
        ClientIdentity client = ClientIdentity.of(deal.getVariable("companyTaxId"), deal.getVariable("companyName"));
        Delivery delivery = new Delivery(deal.getProcessInstanceId(),
                calendar.localDate(deal.getVariable("fulfilmentDate")));
        SurveyDecision decision = rules.plan(delivery, surveys.lastPlannedFor(clientId).map(PreviousSurvey::new));
        deal.setVariable("surveyPlanned", decision.survey());
        deal.setVariable("surveyDecision", decision.reason());
        if (decision.survey()) {
            String surveyId = startSurvey(deal, decision.surveyOn());
            surveys.planned(surveyId, delivery.dealId(), clientId, client, (String) deal.getVariable("companyName"),
                    (String) deal.getVariable("manager"), decision.surveyOn());
            deal.setVariable("npsSurveyId", surveyId);
        }
    }

    private String startSurvey(DelegateExecution deal, LocalDate surveyOn) {
        Map<String, Object> variables = new HashMap<>();
        PASSED_ON.stream().filter(name -> deal.getVariable(name) != null)
                .forEach(name -> variables.put(name, deal.getVariable(name)));
        variables.put("dealId", deal.getProcessInstanceId());
        variables.put("surveyDate", calendar.dateOf(surveyOn));
        // custom code runs without authorization checks (Camunda's default): the manager needs no rights on surveys
        return deal.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(NPS_SURVEY, deal.getProcessInstanceId(), variables).getId();
    }
}

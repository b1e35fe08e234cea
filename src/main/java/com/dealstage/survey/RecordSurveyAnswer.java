package com.dealstage.survey;

import com.dealstage.deployment.DiagramBuildingBlock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code recordSurveyAnswer} in nps-survey: classifies the score by rules, records it for the NPS report, picks
 * the follow-up and hands the result to the deal, whose repeat-sale timing depends on it.
 */
@DiagramBuildingBlock
@Component("recordSurveyAnswer")
class RecordSurveyAnswer implements JavaDelegate {

    static final String SURVEY_COMPLETED = "SurveyCompleted";
    static final String NO_FOLLOW_UP = "none";

    private final SurveyRules rules;
    private final SurveyRecords surveys;

    RecordSurveyAnswer(SurveyRules rules, SurveyRecords surveys) {
        this.rules = rules;
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution survey) {
        // the stage gate let only a whole number from 0 to 10 through, in whatever type the form sent it
        int score = new BigDecimal(String.valueOf(survey.getVariable("npsScore"))).intValueExact();
        NpsCategory category = rules.classify(score);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        surveys.answered(survey.getProcessInstanceId(), score, category, (String) survey.getVariable("npsComment"), now);
        survey.setVariable("npsCategory", category.name());
        Optional<FollowUp> followUp = rules.followUp(score);
        survey.setVariable("followUp", followUp.map(FollowUp::task).orElse(NO_FOLLOW_UP));
        survey.setVariable("followUpDue", followUp.map(f -> Date.from(now.plus(f.dueWithin()))).orElse(null));
        String dealId = (String) survey.getVariable("dealId");
        tellTheDeal(survey, dealId, score, category);
    }

    /**
     * A deal that stopped waiting (no result in time, or cancelled) simply does not receive it. Quality control
     * needs no rights on deals for this: custom code runs without authorization checks (Camunda's default).
     */
    private static void tellTheDeal(DelegateExecution survey, String dealId, int score, NpsCategory category) {
        survey.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(SURVEY_COMPLETED).processInstanceId(dealId)
                .setVariable("npsScore", score).setVariable("npsCategory", category.name())
                .correlateAllWithResult();
    }
}

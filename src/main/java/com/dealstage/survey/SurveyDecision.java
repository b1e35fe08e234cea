package com.dealstage.survey;

import java.time.LocalDate;

/**
 * Decision of rules/surveys.drl: survey the client on {@code surveyOn}, or not at all.
 * @param reason why, in words, kept on the deal for whoever wonders where the survey is
 */
public record SurveyDecision(boolean survey, LocalDate surveyOn, String reason) {

    public static SurveyDecision surveyOn(LocalDate day, String reason) {
        return new SurveyDecision(true, day, reason);
    }

    public static SurveyDecision skip(String reason) {
        return new SurveyDecision(false, null, reason);
    }
}

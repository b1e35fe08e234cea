package com.dealstage.survey;

/** Published when quality control has recorded a client's score. */
public record SurveyCompleted(String surveyId, String dealId, String companyName, int score, NpsCategory category) {
}

package com.dealstage.survey;

/** Decision of rules/surveys.drl: which NPS group an answer belongs to. */
public record NpsClassification(NpsCategory category) {
}

package com.dealstage.survey;

import java.time.LocalDate;

/** Fact for rules/surveys.drl: the latest survey planned for the same client, answered or not. */
public record PreviousSurvey(LocalDate plannedOn) {
}

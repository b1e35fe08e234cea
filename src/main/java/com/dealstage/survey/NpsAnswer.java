package com.dealstage.survey;

/** Fact for rules/surveys.drl: the exact number from 0 to 10 the client named on the quality call. */
public record NpsAnswer(int score) {
}

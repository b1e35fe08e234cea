package com.dealstage.survey;

import java.time.Duration;

/**
 * Decision of rules/surveys.drl: the survey needs a follow-up task.
 * @param task the user task of nps-survey that does it ({@code detractorFollowUp}, {@code referralRequest})
 * @param dueWithin how long after the answer the task is due
 */
public record FollowUp(String task, Duration dueWithin) {
}

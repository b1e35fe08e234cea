package com.dealstage.deal;

import java.util.Map;

/**
 * How promising a lead is, 0 to 100: its cold call's task priority, so Tasklist's "My tasks" lists the best leads
 * first whatever channel the lead came through. The imports module answers from rules/scoring.drl; a list's lead
 * brings its score with it ({@link ListEntry}), every other lead is scored at its start.
 */
public interface LeadScoring {

    /** The score of a lead from its fields as the deal holds them at its start (source, industry, contact data). */
    int score(Map<String, Object> lead);
}

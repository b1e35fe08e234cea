package com.dealstage.journal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stage of a deal, as the journal holds it.
 * @param dealId      the deal (a survey's stages belong to the deal it surveys)
 * @param processKey  deal-pipeline, nps-survey, ...
 * @param stage       the stage key (user task id), or the start event's id for the deal's start (leadIntake)
 * @param clientId    the deal's client id when it has one
 * @param manager     the deal's manager (user id)
 * @param leftAt      null while the stage is open
 * @param leftAs      {@code COMPLETED}, {@code CANCELED} (deal deleted, stage skipped by an administrator), or null
 * @param outcome     the outcome the stage recorded on completion (MEETING_BOOKED, REJECTED, ...), or null
 * @param amount      the deal's best-known amount when the stage was left (while open: when it was entered)
 */
public record StageVisit(String dealId, String processInstanceId, String processKey, String stage, String clientId,
        String companyName, String manager, Instant enteredAt, Instant leftAt, String leftAs, String outcome,
        String rejectionReason, BigDecimal amount) {

    public static final String COMPLETED = "COMPLETED";
    public static final String CANCELED = "CANCELED";
}

package com.dealstage.journal;

/**
 * How many deals of one manager's cohort reached each funnel step by the time of the report. A deal that reached
 * a later step counts at every earlier one too (a deal brought back by a re-contact call met the client without a
 * booked cold call), so no count exceeds the one before it.
 * @param listed      deals whose lead intake fell in the period
 * @param acquainted  of those, the ones whose cold call booked a meeting
 * @param presented   ... whose meeting confirmed the needs
 * @param contracted  ... whose contract was recorded
 * @param paid        ... whose payment arrived (outcome PAID)
 */
public record StepCounts(String manager, long listed, long acquainted, long presented, long contracted, long paid) {

    public static StepCounts none(String manager) {
        return new StepCounts(manager, 0, 0, 0, 0, 0);
    }
}

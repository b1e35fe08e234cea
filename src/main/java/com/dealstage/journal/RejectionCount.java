package com.dealstage.journal;

/** Rejections recorded in a period by one manager at one stage for one reason (reason null when none was given). */
public record RejectionCount(String manager, String stage, String reason, long rejections) {
}

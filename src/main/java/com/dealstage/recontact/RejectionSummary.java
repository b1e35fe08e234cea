package com.dealstage.recontact;

import java.util.Map;

/**
 * Rejections as marketing and coaching data: how often each reason comes up, how many each manager hears.
 * @param total            every recorded rejection
 * @param recontactPlanned of those, how many will be called again (the rest closed the lead)
 */
record RejectionSummary(long total, long recontactPlanned, Map<String, Long> byReason, Map<String, Long> byManager) {
}

package com.dealstage.repeatsale;

import java.time.LocalDate;

/**
 * Fact for rules/repeat-sales.drl.
 * @param npsCategory the client's NPS group from this deal's survey, or null when there is none
 */
public record DeliveredDeal(String dealId, LocalDate deliveredOn, String npsCategory) {
}

package com.dealstage.journal;

import java.math.BigDecimal;

/**
 * One manager's after-sales figures from the journal.
 * @param paidRevenue             payments confirmed in the period (amount paid)
 * @param repeatRevenue           of which from repeat deals (lead source REPEAT)
 * @param referralDeals           deals from referrals (lead source REFERRAL) whose lead intake fell in the period
 * @param referralDealsContracted of those, the ones whose contract was recorded by the time of the report
 */
public record AfterSalesCounts(String manager, BigDecimal paidRevenue, BigDecimal repeatRevenue, long referralDeals,
        long referralDealsContracted) {
}

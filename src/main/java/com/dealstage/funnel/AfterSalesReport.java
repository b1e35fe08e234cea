package com.dealstage.funnel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/funnel/after-sales: what happened after the sale in the period. NPS is the company's (every quality call
 * of the period), the rest the team's.
 * @param repeatShare percent of the paid revenue that came from repeat deals; absent when nothing was paid
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AfterSalesReport(LocalDate from, LocalDate to, String team, Nps nps, List<Nps> npsTrend,
        BigDecimal paidRevenue, BigDecimal repeatRevenue, Double repeatShare, List<ManagerAfterSales> managers) {

    /** One period's NPS: answers and the score (percent promoters minus percent detractors). */
    record Nps(LocalDate from, LocalDate to, int answers, int promoters, int passives, int detractors, double nps) {
    }

    /**
     * @param referralContractShare percent of his referral deals that reached a contract; absent without any
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ManagerAfterSales(String manager, String name, long referralsObtained, long referralDeals,
            long referralDealsContracted, Double referralContractShare, BigDecimal paidRevenue,
            BigDecimal repeatRevenue) {
    }
}

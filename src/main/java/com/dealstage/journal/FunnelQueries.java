package com.dealstage.journal;

import static com.dealstage.calendar.BusinessCalendar.utc;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The funnel's and the rejection report's reads of the stage journal: one aggregate query each, so a report over a
 * million rows stays one round trip (indexes of V11 and V20).
 */
final class FunnelQueries {

    /** Per deal of the cohort, the highest step reached (0 = listed ... 4 = paid), then counted per manager. */
    private static final String STEPS = """
            SELECT manager, COUNT(*) AS listed,
                   SUM(CASE WHEN reached >= 1 THEN 1 ELSE 0 END) AS acquainted,
                   SUM(CASE WHEN reached >= 2 THEN 1 ELSE 0 END) AS presented,
                   SUM(CASE WHEN reached >= 3 THEN 1 ELSE 0 END) AS contracted,
                   SUM(CASE WHEN reached >= 4 THEN 1 ELSE 0 END) AS paid
            FROM (
                SELECT l.deal_id, l.manager, MAX(CASE
                           WHEN j.stage = 'payment' AND (j.outcome = 'PAID' OR j.outcome IS NULL) THEN 4
                           WHEN j.stage = 'contract' THEN 3
                           WHEN j.stage = 'meeting' AND j.outcome = 'NEEDS_CONFIRMED' THEN 2
                           WHEN j.stage = 'coldCall' AND j.outcome = 'MEETING_BOOKED' THEN 1
                           ELSE 0 END) AS reached
                FROM stage_journal l
                LEFT JOIN stage_journal j ON j.deal_id = l.deal_id AND j.process_key = 'deal-pipeline'
                     AND j.left_as = 'COMPLETED' AND j.left_at <= ?
                     AND j.stage IN ('coldCall', 'meeting', 'contract', 'payment')
                WHERE l.process_key = 'deal-pipeline' AND l.stage = 'leadIntake'
                  AND l.entered_at >= ? AND l.entered_at < ? AND l.manager IS NOT NULL
                GROUP BY l.deal_id, l.manager
            ) cohort
            GROUP BY manager""";

    private static final String REJECTIONS = """
            SELECT manager, stage, rejection_reason, COUNT(*) AS rejections
            FROM stage_journal
            WHERE process_key = 'deal-pipeline' AND outcome = 'REJECTED' AND left_at >= ? AND left_at < ?
              AND manager IS NOT NULL
            GROUP BY manager, stage, rejection_reason""";

    private static final String REVENUE = """
            SELECT manager, COALESCE(SUM(amount), 0) AS paid,
                   COALESCE(SUM(CASE WHEN source = 'REPEAT' THEN amount ELSE 0 END), 0) AS repeat_paid
            FROM stage_journal
            WHERE process_key = 'deal-pipeline' AND stage = 'payment' AND left_as = 'COMPLETED'
              AND (outcome = 'PAID' OR outcome IS NULL) AND left_at >= ? AND left_at < ? AND manager IS NOT NULL
            GROUP BY manager""";

    private static final String REFERRALS = """
            SELECT l.manager, COUNT(*) AS deals,
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM stage_journal c WHERE c.deal_id = l.deal_id
                        AND c.stage = 'contract' AND c.left_as = 'COMPLETED' AND c.left_at <= ?) THEN 1 ELSE 0 END)
                        AS contracted
            FROM stage_journal l
            WHERE l.process_key = 'deal-pipeline' AND l.stage = 'leadIntake' AND l.source = 'REFERRAL'
              AND l.entered_at >= ? AND l.entered_at < ? AND l.manager IS NOT NULL
            GROUP BY l.manager""";

    private final JdbcClient jdbc;

    FunnelQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StepCounts> steps(Instant from, Instant to, Instant asOf) {
        return jdbc.sql(STEPS).params(utc(asOf), utc(from), utc(to))
                .query((row, n) -> new StepCounts(row.getString("manager"), row.getLong("listed"),
                        row.getLong("acquainted"), row.getLong("presented"), row.getLong("contracted"),
                        row.getLong("paid")))
                .list();
    }

    List<AfterSalesCounts> afterSales(Instant from, Instant to, Instant asOf) {
        java.util.Map<String, AfterSalesCounts> byManager = new java.util.TreeMap<>();
        jdbc.sql(REVENUE).params(utc(from), utc(to)).query((row, n) -> new AfterSalesCounts(row.getString("manager"),
                row.getBigDecimal("paid"), row.getBigDecimal("repeat_paid"), 0, 0)).list()
                .forEach(counts -> byManager.put(counts.manager(), counts));
        jdbc.sql(REFERRALS).params(utc(asOf), utc(from), utc(to)).query((row, n) -> new AfterSalesCounts(
                row.getString("manager"), java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, row.getLong("deals"),
                row.getLong("contracted"))).list()
                .forEach(referrals -> byManager.merge(referrals.manager(), referrals, (revenue, deals) ->
                        new AfterSalesCounts(revenue.manager(), revenue.paidRevenue(), revenue.repeatRevenue(),
                                deals.referralDeals(), deals.referralDealsContracted())));
        return List.copyOf(byManager.values());
    }

    List<RejectionCount> rejections(Instant from, Instant to) {
        return jdbc.sql(REJECTIONS).params(utc(from), utc(to))
                .query((row, n) -> new RejectionCount(row.getString("manager"), row.getString("stage"),
                        row.getString("rejection_reason"), row.getLong("rejections")))
                .list();
    }
}

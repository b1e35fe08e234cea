package com.dealstage.journal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading the stage journal: a deal's stage history (the deal API), and the funnel's, rejection report's and
 * after-sales figures' aggregates. Callers decide who may see what; the journal itself holds every deal.
 */
@Component
public class StageJournal {

    private final JournalRows rows;
    private final FunnelQueries funnel;

    StageJournal(JdbcClient jdbc) {
        this.rows = new JournalRows(jdbc);
        this.funnel = new FunnelQueries(jdbc);
    }

    /**
     * Per manager, how many deals whose lead intake fell from {@code from} (included) to {@code to} (excluded)
     * reached each funnel step by {@code asOf}. Managers without such deals are absent.
     */
    public List<StepCounts> funnelSteps(Instant from, Instant to, Instant asOf) {
        return funnel.steps(from, to, asOf);
    }

    /**
     * Per manager: payments confirmed from {@code from} (included) to {@code to} (excluded), the repeat deals' part,
     * and the referral deals of the period with how many reached a contract by {@code asOf}.
     */
    public List<AfterSalesCounts> afterSales(Instant from, Instant to, Instant asOf) {
        return funnel.afterSales(from, to, asOf);
    }

    /** Rejections recorded from {@code from} (included) to {@code to} (excluded), per manager, stage and reason. */
    public List<RejectionCount> rejections(Instant from, Instant to) {
        return funnel.rejections(from, to);
    }

    /** Every stage the deal (and its surveys) entered, in order; empty for an unknown deal. */
    public List<StageVisit> of(String dealId) {
        return rows.ofDeal(dealId);
    }
}

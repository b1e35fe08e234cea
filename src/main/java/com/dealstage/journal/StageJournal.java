package com.dealstage.journal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading the stage journal: a deal's stage history (the deal API), and the stages entered in a period, all or one
 * manager's (the funnel). Callers decide who may see what; the journal itself holds every deal.
 */
@Component
public class StageJournal {

    private final JournalRows rows;

    StageJournal(JdbcClient jdbc) {
        this.rows = new JournalRows(jdbc);
    }

    /** Every stage the deal (and its surveys) entered, in order; empty for an unknown deal. */
    public List<StageVisit> of(String dealId) {
        return rows.ofDeal(dealId);
    }

    /** Stages entered from {@code from} (included) to {@code to} (excluded), in order. */
    public List<StageVisit> enteredBetween(Instant from, Instant to) {
        return rows.enteredBetween(from, to, null);
    }

    /** Stages of {@code manager}'s deals entered from {@code from} (included) to {@code to} (excluded), in order. */
    public List<StageVisit> enteredBetween(Instant from, Instant to, String manager) {
        return rows.enteredBetween(from, to, manager);
    }
}

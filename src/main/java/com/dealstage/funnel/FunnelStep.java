package com.dealstage.funnel;

import com.dealstage.journal.StepCounts;
import java.util.function.ToLongFunction;

/** The steps of shared/DOMAIN.md's funnel, in order; each but the first has a coefficient over the one before. */
enum FunnelStep {
    LISTED("listed", StepCounts::listed),
    ACQUAINTED("acquainted", StepCounts::acquainted),
    PRESENTED("presented", StepCounts::presented),
    CONTRACTED("contracted", StepCounts::contracted),
    PAID("paid", StepCounts::paid);

    private final String key;
    private final ToLongFunction<StepCounts> count;

    FunnelStep(String key, ToLongFunction<StepCounts> count) {
        this.key = key;
        this.count = count;
    }

    String key() {
        return key;
    }

    long count(StepCounts counts) {
        return count.applyAsLong(counts);
    }

    /** The step whose deals this one's coefficient is counted over; null for the first. */
    FunnelStep previous() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }
}

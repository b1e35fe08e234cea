package com.dealstage.funnel;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dealstage.funnel}: the targets every report, sentence and page reads (one place for each number).
 * @param team          the group compared when a request names none
 * @param targets       target coefficient per step in percent (acquainted, presented, contracted, paid)
 * @param teamTargets   per group, the steps whose target differs, e.g. {@code "[key-accounts]": {paid: 98}}
 * @param minDeals      a colleague is someone to learn a step from only with at least this many deals at the step
 *                      before it (fewer, and one lucky deal makes a 100 %)
 * @param coaching      when a manager's rejections are a coaching signal rather than market data
 * @param digest        the Monday review task for each head of sales
 */
@ConfigurationProperties("dealstage.funnel")
record FunnelProperties(@DefaultValue("sales-managers") String team, Map<String, Integer> targets,
        @DefaultValue Map<String, Map<String, Integer>> teamTargets, @DefaultValue("5") int minDeals,
        @DefaultValue Coaching coaching, @DefaultValue Digest digest) {

    FunnelProperties {
        targets = targets == null ? Map.of() : Map.copyOf(targets);
        teamTargets = teamTargets == null ? Map.of() : Map.copyOf(teamTargets);
    }

    /** The target of a step for a team: the team's own if it has one, else the default; null for listed. */
    Integer target(String team, FunnelStep step) {
        Map<String, Integer> own = teamTargets.getOrDefault(team, Map.of());
        return own.getOrDefault(step.key(), targets.get(step.key()));
    }

    /**
     * @param reasons        the rejection reasons that say more about the manager than about the market
     * @param shareFactor    a manager's share of such a reason at least this many times the team's is a signal
     * @param minRejections  ... once he has at least this many rejections in the period
     */
    /**
     * @param enabled     off in tests that must not meet a review task they did not ask for
     * @param cron        when the review is due (Spring cron: second minute hour day month weekday)
     * @param zone        the zone of that cron; empty: the business zone (dealstage.zone)
     * @param heads       the group whose members get the review
     * @param checkEvery  how often the app looks whether a review is due (a node that was down catches up)
     */
    record Digest(@DefaultValue("true") boolean enabled, @DefaultValue("0 0 8 * * MON") String cron, String zone,
            @DefaultValue("sales-heads") String heads, @DefaultValue("PT5M") java.time.Duration checkEvery) {
    }

    record Coaching(@DefaultValue({"HAS_SUPPLIER", "PRODUCT_NOT_FIT"}) java.util.List<String> reasons,
            @DefaultValue("1.5") double shareFactor, @DefaultValue("5") int minRejections) {
    }
}

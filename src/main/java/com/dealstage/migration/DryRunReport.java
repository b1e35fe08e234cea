package com.dealstage.migration;

import java.util.List;

/**
 * What a migration would do: how many deals are on the source version, how many would move, the plan's own problems
 * (activities that cannot be mapped whatever the deal) and, per deal that would not move, where it waits and why.
 */
record DryRunReport(int from, int to, int deals, int wouldMove, List<String> planProblems, List<DealProblems> cannotMove) {

    record DealProblems(String dealId, String companyName, List<String> waitingAt, List<String> problems) {
    }
}

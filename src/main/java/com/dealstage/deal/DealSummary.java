package com.dealstage.deal;

import java.util.Date;
import java.util.List;

/**
 * One deal in a list: who, for whom, where it stands.
 * @param state   ACTIVE, COMPLETED (the process ended) or another Camunda state
 * @param stages  the stages (activities) the deal waits at now; empty once it ended
 */
record DealSummary(String id, String companyName, String companyTaxId, Long clientId, String manager,
        String source, List<String> stages, String state, Date startedAt, Date endedAt) {
}

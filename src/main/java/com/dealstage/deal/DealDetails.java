package com.dealstage.deal;

import com.dealstage.clients.Client;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * One deal as GET /api/deals/{id} shows it.
 * @param currentStages the stages (activities) the deal waits at now
 * @param fields        the deal's data grouped by the stage that first recorded each field, in the order of stages
 * @param history       the stages the deal went through ({@link StageHistory})
 */
record DealDetails(String id, String state, Date startedAt, Date endedAt, String manager, String source,
        Client client, List<Stage> currentStages, Map<String, Map<String, Object>> fields, List<StageVisit> history,
        Links links) {

    record Stage(String stage, String name) {
    }

    /**
     * @param referralSourceDealId the deal whose client referred this one
     * @param previousDealId       the deal whose client bought again (this is its repeat sale)
     * @param repeatDealId         the repeat sale this deal led to
     * @param referralDealIds      the deals started from referrals this deal's client gave
     */
    record Links(String referralSourceDealId, String previousDealId, String repeatDealId,
            List<String> referralDealIds) {
    }
}

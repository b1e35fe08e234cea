package com.dealstage.funnel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/funnel/rejections: rejections of a team's deals recorded in a period, by reason, by stage and by
 * manager. {@code coachingRule} says in words when a manager's share of a reason is a coaching signal.
 */
record RejectionReport(LocalDate from, LocalDate to, String team, long rejections, List<ReasonShare> byReason,
        List<StageCount> byStage, List<ManagerRejections> managers, String coachingRule) {

    /**
     * @param share     percent of the rejections (the team's, or the manager's own), one decimal
     * @param teamShare the team's share of the same reason, beside a manager's own
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReasonShare(String reason, long rejections, Double share, Double teamShare, Boolean coachingSignal) {
    }

    record StageCount(String stage, long rejections) {
    }

    /** @param coachingSignals the reasons where his share is a coaching signal */
    record ManagerRejections(String manager, String name, long rejections, List<ReasonShare> byReason,
            List<String> coachingSignals) {
    }
}

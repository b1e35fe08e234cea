package com.dealstage.deal;

import com.dealstage.journal.StageJournal;
import java.util.List;
import org.springframework.stereotype.Component;

/** A deal's stage history from the stage journal, which the engine writes in the same transaction as each step. */
@Component
class JournalStageHistory implements StageHistory {

    private final StageJournal journal;

    JournalStageHistory(StageJournal journal) {
        this.journal = journal;
    }

    @Override
    public List<StageVisit> of(String dealId) {
        return journal.of(dealId).stream().map(visit -> new StageVisit(visit.stage(), visit.processKey(),
                visit.enteredAt(), visit.leftAt(), visit.leftAs(), visit.outcome(), visit.rejectionReason(),
                visit.amount(), visit.manager())).toList();
    }
}

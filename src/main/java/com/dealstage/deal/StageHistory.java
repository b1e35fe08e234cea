package com.dealstage.deal;

import java.util.List;

/**
 * The stages a deal went through, in order, for GET /api/deals/{id}: read from the stage journal
 * ({@link JournalStageHistory}).
 */
public interface StageHistory {

    List<StageVisit> of(String dealId);
}

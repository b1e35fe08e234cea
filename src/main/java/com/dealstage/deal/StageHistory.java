package com.dealstage.deal;

import java.util.List;

/**
 * HOOK for the stage journal: the stages a deal went through, in order, for GET /api/deals/{id}. Until the journal
 * module provides its rows as a bean of this type, {@link CamundaStageHistory} reads Camunda's activity history.
 */
public interface StageHistory {

    List<StageVisit> of(String dealId);
}

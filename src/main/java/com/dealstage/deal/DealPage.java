package com.dealstage.deal;

import java.util.List;

/** A page of GET /api/deals: {@code total} deals match the filter. */
record DealPage(List<DealSummary> deals, int page, int size, long total) {
}

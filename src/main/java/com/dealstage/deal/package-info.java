/**
 * The deal: the process key {@code deal-pipeline}, the lead's fields and the deal's variable names
 * ({@link com.dealstage.deal.DealPipeline}), the one way to start a deal from a lead ({@link
 * com.dealstage.deal.Deals#start}, used by /api, referral and repeat deals and imports), the engine-side check at
 * every deal start (client, blacklist, duplicate lead) and the deal API: /api/deals and /api/tasks.
 */
package com.dealstage.deal;

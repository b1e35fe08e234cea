/**
 * Moving running deals to another version of deal-pipeline (POST /api/processes/deal-pipeline/migrations, admins
 * only): a plan from Camunda's migration API (equal activity ids mapped), a dry run that reports per deal what cannot
 * move and why, the real run as a Camunda batch, and the batch's progress. The stage gate's entry rules apply where
 * each deal lands: they are engine-level (stagegate/), so a dry run meets them as the real run does.
 */
package com.dealstage.migration;

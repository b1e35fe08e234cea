/**
 * Funnel control as heads of sales run it (shared/DOMAIN.md, "Funnel control"): per manager, how many deals of a
 * period's cohort reached each step, the step-to-step coefficients against the configured targets, each manager's
 * weakest step, whom he learns it from and which steps he teaches; the rejection report with its coaching signals;
 * the dashboard's data; CSV exports; the Monday digest task. Reads the stage journal through
 * {@link com.dealstage.journal.StageJournal}; owns no table.
 */
package com.dealstage.funnel;

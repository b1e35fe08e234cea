/**
 * The prospect base: cold-call lists imported as spreadsheets export them (CSV in UTF-8 or Windows-1251, English or
 * Russian headers), row by row through the deal facade ({@link com.dealstage.deal.Deals#startListed}) so the lead
 * gate, client identity, open-deal and blacklist rules hold for every row; each row's outcome is recorded in the
 * same transaction as its deal, so an interrupted import resumes exactly where it stopped (on any node). Rows without
 * a manager are distributed by rules/distribution.drl, every lead is scored by rules/scoring.drl (a list's at its import, any other through {@link
 * com.dealstage.deal.LeadScoring} at its start). The blacklist by
 * CSV lives here too, because it reads the same spreadsheets.
 */
package com.dealstage.imports;

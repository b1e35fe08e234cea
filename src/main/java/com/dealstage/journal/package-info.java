/**
 * Stage journal: owns one row per stage a deal entered and left (table stage_journal): deal, client, manager,
 * process and stage key, entered and left at, outcome, rejection reason, the deal's amount. Rows are written by
 * built-in listeners of the engine, on the engine's own connection inside the engine step, so the journal can
 * never disagree with the engine: a refused or rolled-back step leaves no row. Deals older than the journal get
 * their rows from Camunda's history once, at startup. Other modules read it through {@link
 * com.dealstage.journal.StageJournal}.
 */
package com.dealstage.journal;

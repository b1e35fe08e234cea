-- Issue 14: every index of stage_journal is paid on each stage a deal enters and leaves (an INSERT and an UPDATE in
-- the engine's transaction). These four serve no read any more: a deal's history finds its rows by
-- stage_journal_funnel_steps (deal_id first), and nothing reads the journal by period or manager alone
-- (the funnel, rejection and after-sales reports use V20's and V22's indexes). FunnelQueryBenchmark times every
-- read before and after. Plain SQL that H2 2.x and PostgreSQL 10+ both accept.
DROP INDEX stage_journal_deal;
DROP INDEX stage_journal_entered;
DROP INDEX stage_journal_manager_entered;
DROP INDEX stage_journal_manager_left;

-- Issue 11: the funnel report joins a cohort's lead intakes to their completed stages by deal, and the rejection
-- report reads rejections by the time they were recorded. Plain SQL that H2 2.x and PostgreSQL 10+ both accept.
CREATE INDEX stage_journal_funnel_cohort ON stage_journal (process_key, stage, entered_at);
CREATE INDEX stage_journal_funnel_steps ON stage_journal (deal_id, stage, left_as, left_at);
CREATE INDEX stage_journal_rejections ON stage_journal (outcome, left_at);

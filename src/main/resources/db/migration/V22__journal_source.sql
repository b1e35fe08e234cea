-- Issue 11: the deal's lead source on its journal rows (REPEAT, REFERRAL, ...), for the after-sales figures:
-- the repeat-sale share of paid revenue and the referral deals that reached a contract.
ALTER TABLE stage_journal ADD COLUMN source VARCHAR(32);
CREATE INDEX stage_journal_payments ON stage_journal (stage, left_at);

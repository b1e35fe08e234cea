-- Issue 10. Plain SQL that H2 2.x and PostgreSQL 10+ both accept.

-- Instants are stored in UTC, with their offset. The old columns held the server's local time; converting the type
-- reads them in the session's zone, which is the zone of the JVM that wrote them (H2, and pgjdbc sets it on connect).
ALTER TABLE fulfilment_act ALTER COLUMN recorded_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE nps_survey ALTER COLUMN answered_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;

-- Text copied from a deal is kept whole up to what the stage gate accepts (4,000 characters, Camunda's own text
-- column): a long company name must never fail the last act's completion. Keys used in indexes stay shorter
-- (PostgreSQL refuses index entries over about 2,700 bytes): the code cuts them to 1,000 characters, as
-- lead_rejection.company_key always was.
ALTER TABLE nps_survey ALTER COLUMN company_name SET DATA TYPE VARCHAR(4000);
ALTER TABLE nps_survey ALTER COLUMN client_name_key SET DATA TYPE VARCHAR(1000);
ALTER TABLE nps_survey ALTER COLUMN client_tax_id SET DATA TYPE VARCHAR(1000);
ALTER TABLE nps_survey ALTER COLUMN manager SET DATA TYPE VARCHAR(255);
ALTER TABLE lead_rejection ALTER COLUMN company_name SET DATA TYPE VARCHAR(4000);
ALTER TABLE lead_rejection ALTER COLUMN company_tax_id SET DATA TYPE VARCHAR(4000);

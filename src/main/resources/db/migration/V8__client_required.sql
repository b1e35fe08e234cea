-- Issue 10: after V7 every rejection and survey row has its client; new rows always get one.
ALTER TABLE lead_rejection ALTER COLUMN client_id SET NOT NULL;
ALTER TABLE nps_survey ALTER COLUMN client_id SET NOT NULL;
CREATE INDEX lead_rejection_client ON lead_rejection (client_id);
CREATE INDEX nps_survey_client ON nps_survey (client_id, planned_on);

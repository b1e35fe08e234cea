-- Issue 11: the Monday digest, one review task per head of sales and week. The key makes a second start for the
-- same week and head (another node, a restart, the next check) fail instead of creating a second task.
CREATE TABLE funnel_digest (
    week_start           DATE          NOT NULL,
    head                 VARCHAR(255)  NOT NULL,
    process_instance_id  VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT funnel_digest_once PRIMARY KEY (week_start, head)
);

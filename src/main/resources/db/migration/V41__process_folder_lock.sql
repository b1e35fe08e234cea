-- Issue 13: nodes that see the same change in processes/ deploy it one after the other (SELECT ... FOR UPDATE on
-- this row around "compare with the latest deployed resource, then deploy"), so one change makes one new version.
CREATE TABLE process_folder_lock (
    id  INT PRIMARY KEY
);
INSERT INTO process_folder_lock (id) VALUES (1);

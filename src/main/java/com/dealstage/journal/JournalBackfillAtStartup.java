package com.dealstage.journal;

import static com.dealstage.calendar.BusinessCalendar.utc;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs the back-fill once per database: the first start with the journal fills it from history and records that
 * in stage_journal_backfill; later starts skip it. Runs before the job executor starts, so no timer moves an old
 * deal meanwhile; a deal a user moves meanwhile keeps the row its listener wrote. Several nodes starting at once
 * each may run it: rows are never added twice, and the record is written once.
 */
@Component
class JournalBackfillAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(JournalBackfillAtStartup.class);
    private final JournalBackfill backfill;
    private final JdbcClient jdbc;

    JournalBackfillAtStartup(JournalBackfill backfill, JdbcClient jdbc) {
        this.backfill = backfill;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM stage_journal_backfill").query(Integer.class).single() > 0) {
            return;
        }
        int added = backfill.run();
        try {
            jdbc.sql("INSERT INTO stage_journal_backfill (id, finished_at, rows_added) VALUES (1, ?, ?)")
                    .params(utc(Instant.now()), added).update();
            log.info("Stage journal back-filled from Camunda's history: {} rows.", added);
        } catch (DuplicateKeyException anotherNode) {
            log.info("Stage journal back-fill: another node recorded it first ({} rows added here).", added);
        }
    }
}

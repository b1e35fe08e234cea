package com.dealstage.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.api.Trigger;

/**
 * An H2 trigger on import_run that makes the Nth batch of an import fail as it is committed, once: the whole batch's
 * transaction then rolls back, as when a node dies or the database connection breaks in the middle of an import.
 */
public class FailingHeartbeat implements Trigger {

    /** import_run's columns in table order: batches committed. */
    private static final int BATCHES = 12;
    private static final AtomicInteger COUNTDOWN = new AtomicInteger(-1);

    /** The {@code n}th heartbeat from now (1 = the next) fails; those after it pass again. */
    static void failHeartbeat(int n) {
        COUNTDOWN.set(n);
    }

    static boolean fired() {
        return COUNTDOWN.get() == 0;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean batch = oldRow != null && newRow != null && !oldRow[BATCHES].equals(newRow[BATCHES]);
        if (batch && COUNTDOWN.get() > 0 && COUNTDOWN.decrementAndGet() == 0) {
            throw new SQLException("Connection to the database lost (simulated by the test)");
        }
    }
}

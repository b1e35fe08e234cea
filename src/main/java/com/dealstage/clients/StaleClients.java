package com.dealstage.clients;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Base freshness: clients none of whose deals moved a stage (entered or left one, per the stage journal) for a
 * number of months, and clients that never had a stage since they were first seen that long ago. The method
 * refreshes about 20 % of the base a year; this is the list to refresh from. Reads the journal's table by its
 * documented columns (deal_id, entered_at, left_at), the one report of this module that needs stage times.
 */
@Component
class StaleClients {

    static final int MAX_MONTHS = 120;

    private static final String LAST_MOVEMENT = "SELECT c.id, c.inn, c.display_name, c.first_seen, "
            + "(SELECT COUNT(*) FROM client_deal d WHERE d.client_id = c.id) AS deals, "
            + "(SELECT MAX(COALESCE(j.left_at, j.entered_at)) FROM client_deal d JOIN stage_journal j "
            + "ON j.deal_id = d.deal_id WHERE d.client_id = c.id) AS last_movement "
            + "FROM client c WHERE c.blacklisted = FALSE";
    private static final String STALE = " WHERE COALESCE(m.last_movement, m.first_seen) < ?";

    private final JdbcClient jdbc;

    StaleClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StalePage page(int months, int page, int size, Instant now) {
        OffsetDateTime cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(months);
        long base = jdbc.sql("SELECT COUNT(*) FROM client WHERE blacklisted = FALSE").query(Long.class).single();
        long stale = jdbc.sql("SELECT COUNT(*) FROM (" + LAST_MOVEMENT + ") m" + STALE).param(cutoff)
                .query(Long.class).single();
        List<StaleClient> clients = jdbc.sql("SELECT * FROM (" + LAST_MOVEMENT + ") m" + STALE
                        + " ORDER BY COALESCE(m.last_movement, m.first_seen), m.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(cutoff, (long) page * size, size)
                .query((row, n) -> new StaleClient(row.getLong("id"), row.getString("display_name"),
                        row.getString("inn"), row.getLong("deals"), instant(row.getObject("last_movement",
                        OffsetDateTime.class)), instant(row.getObject("first_seen", OffsetDateTime.class))))
                .list();
        double share = base == 0 ? 0 : Math.round(1000.0 * stale / base) / 10.0;
        return new StalePage(months, cutoff.toInstant(), base, stale, share, clients, page, size);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    /** @param lastMovement the last stage entered or left by any deal of the client; null when none ever did */
    record StaleClient(long id, String displayName, String inn, long deals, Instant lastMovement, Instant firstSeen) {
    }

    /**
     * @param baseClients clients not blacklisted
     * @param staleShare  stale clients in percent of them (one decimal)
     */
    record StalePage(int months, Instant noMovementSince, long baseClients, long staleClients, double staleShare,
            List<StaleClient> clients, int page, int size) {
    }
}

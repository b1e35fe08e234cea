package com.dealstage.clients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Tables client and client_deal (migrations V6-V8). Plain SQL that H2 and PostgreSQL both accept. */
final class ClientRecords {

    static final String COLUMNS = "c.id, c.inn, c.name_key, c.display_name, c.first_seen, c.blacklisted, "
            + "c.blacklist_reason, c.blacklisted_by, c.blacklisted_at, "
            + "(SELECT COUNT(*) FROM client_deal d WHERE d.client_id = c.id) AS deals";
    private static final int DISPLAY_NAME = 4000;

    private final JdbcClient jdbc;

    ClientRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Client> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client c WHERE c.id = ?").param(id).query(ClientRecords::client)
                .optional();
    }

    /** A lead's tax number and name: who holds the number, and who is known by that name only. */
    record ByInnOrName(Optional<Client> byInn, Optional<Client> nameOnly) {
    }

    /** The client holding a tax number, and {@link #nameOnly}, in one round trip: a deal's start asks both. */
    ByInnOrName byInnOrNameOnly(String inn, String nameKey) {
        List<Map.Entry<Boolean, Client>> found = jdbc.sql("SELECT TRUE AS by_inn, " + COLUMNS
                        + " FROM client c WHERE c.inn = ? UNION ALL SELECT FALSE AS by_inn, " + COLUMNS
                        + " FROM client c WHERE c.inn IS NULL AND c.name_key = ?")
                .params(inn, nameKey).query((row, n) -> Map.entry(row.getBoolean("by_inn"), client(row, n))).list();
        return new ByInnOrName(match(found, true), match(found, false));
    }

    private static Optional<Client> match(List<Map.Entry<Boolean, Client>> found, boolean byInn) {
        return found.stream().filter(row -> row.getKey() == byInn).map(Map.Entry::getValue).findFirst();
    }

    Optional<Client> nameOnly(String nameKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client c WHERE c.inn IS NULL AND c.name_key = ?").param(nameKey)
                .query(ClientRecords::client).optional();
    }

    List<Client> withInnNamed(String nameKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client c WHERE c.inn IS NOT NULL AND c.name_key = ? "
                + "ORDER BY c.id FETCH FIRST 2 ROWS ONLY").param(nameKey).query(ClientRecords::client).list();
    }

    long insert(ClientIdentity identity, String displayName, Instant seen) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO client (client_key, inn, name_key, display_name, first_seen, blacklisted) "
                        + "VALUES (?, ?, ?, ?, ?, FALSE)")
                .params(identity.key(), identity.taxNumber(), identity.nameKey(), fit(displayName), utc(seen))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * PostgreSQL only: the id of a new client, or empty when a rival transaction recorded it (any of its unique keys)
     * a moment earlier; a rival still uncommitted is waited for, as a plain insert would.
     */
    OptionalLong insertUnlessPresent(ClientIdentity identity, String displayName, Instant seen) {
        return jdbc.sql("INSERT INTO client (client_key, inn, name_key, display_name, first_seen, blacklisted) "
                        + "VALUES (?, ?, ?, ?, ?, FALSE) ON CONFLICT DO NOTHING RETURNING id")
                .params(identity.key(), identity.taxNumber(), identity.nameKey(), fit(displayName), utc(seen))
                .query(Long.class).optional().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** The client this transaction has just inserted, as {@link #byId} would read it, without reading it. */
    static Client recorded(long id, ClientIdentity identity, String displayName, Instant seen, long deals) {
        return new Client(id, identity.taxNumber(), identity.nameKey(), fit(displayName), seen, deals, false, null,
                null, null);
    }

    /** A client known by name only gets the tax number a later lead brings: from then on the number decides. */
    void adoptInn(long id, ClientIdentity identity) {
        jdbc.sql("UPDATE client SET inn = ?, client_key = ? WHERE id = ?")
                .params(identity.taxNumber(), identity.key(), id).update();
    }

    /** Holds the client's row until the transaction ends: two leads of one client are judged one after the other. */
    void lock(long id) {
        jdbc.sql("SELECT id FROM client WHERE id = ? FOR UPDATE").param(id).query(Long.class).list();
    }

    /** Links the deal unless it is linked already; how many links it added (0 or 1). One statement: a round trip. */
    int link(String dealId, long clientId, Instant at) {
        return jdbc.sql("INSERT INTO client_deal (deal_id, client_id, linked_at) SELECT ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM client_deal WHERE deal_id = ?)")
                .params(dealId, clientId, utc(at), dealId).update();
    }

    long linkedDeals() {
        return jdbc.sql("SELECT COUNT(*) FROM client_deal").query(Long.class).single();
    }

    List<String> dealsOf(long clientId) {
        return jdbc.sql("SELECT deal_id FROM client_deal WHERE client_id = ?").param(clientId).query(String.class)
                .list();
    }

    Optional<Long> clientOfDeal(String dealId) {
        return jdbc.sql("SELECT client_id FROM client_deal WHERE deal_id = ?").param(dealId).query(Long.class)
                .optional();
    }

    boolean blacklist(long id, String reason, String by, Instant at) {
        return jdbc.sql("UPDATE client SET blacklisted = ?, blacklist_reason = ?, blacklisted_by = ?, "
                        + "blacklisted_at = ? WHERE id = ?")
                .params(reason != null, reason, by, at == null ? null : utc(at), id).update() > 0;
    }

    static Client client(ResultSet row, int n) throws SQLException {
        return new Client(row.getLong("id"), row.getString("inn"), row.getString("name_key"),
                row.getString("display_name"), instant(row, "first_seen"), row.getLong("deals"),
                row.getBoolean("blacklisted"), row.getString("blacklist_reason"), row.getString("blacklisted_by"),
                instant(row, "blacklisted_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String fit(String text) {
        String name = text == null || text.isBlank() ? "(no name)" : text.trim();
        return name.length() <= DISPLAY_NAME ? name : name.substring(0, DISPLAY_NAME);
    }
}

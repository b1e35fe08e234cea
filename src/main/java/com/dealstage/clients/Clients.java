package com.dealstage.clients;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clients module's facade: finds or records the client of a lead, links deals to clients, and keeps the
 * blacklist. Runs in the caller's transaction (in the app: the engine's), so a refused start leaves no client or
 * link behind.
 * <p>Which client a lead is: with a tax number, the client holding that number (or the client known so far by the
 * same name only, which from then on holds the number); without one, the client known by that name only, else the
 * one client with a tax number that bears the name, else a new client known by name.
 */
@Service
public class Clients {

    private final ClientRecords records;
    private final ApplicationEventPublisher events;
    /** A savepoint around the insert of a new client, so that losing a race to insert it is not fatal. */
    private final TransactionTemplate savepoint;
    /**
     * PostgreSQL inserts a new client unless a rival transaction holds it ({@code ON CONFLICT DO NOTHING}), in one
     * round trip; elsewhere the insert takes a savepoint (two more round trips on a networked database).
     */
    private final boolean upsert;

    @Autowired
    Clients(JdbcClient jdbc, DataSource dataSource, ObjectProvider<PlatformTransactionManager> transactions,
            ApplicationEventPublisher events) {
        this.records = new ClientRecords(jdbc);
        this.events = events;
        this.upsert = "PostgreSQL".equals(databaseName(dataSource));
        PlatformTransactionManager manager = transactions.getIfUnique();
        this.savepoint = manager == null ? null : new TransactionTemplate(manager);
        if (savepoint != null) {
            savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        }
    }

    /** Without Spring's transactions (plain engine tests, the Flyway migration): no savepoint. */
    public Clients(JdbcClient jdbc) {
        this.records = new ClientRecords(jdbc);
        this.events = event -> { };
        this.savepoint = null;
        this.upsert = false;
    }

    /** The client this lead is, recorded when new (first seen {@code seen}, named {@code displayName}). */
    public Client resolve(ClientIdentity identity, String displayName, Instant seen) {
        Optional<Client> known = find(identity);
        if (known.isPresent()) {
            return known.get();
        }
        OptionalLong id = insertUnlessRaced(identity, displayName, seen);
        return id.isPresent() ? records.byId(id.getAsLong()).orElseThrow() : recordedByRival(identity);
    }

    /**
     * The deal's client, recorded when new, with its row locked until the transaction ends (so two leads of one
     * client are judged one after the other), and the deal counted among its deals.
     */
    public Client attachDeal(String dealId, ClientIdentity identity, String displayName, Instant at) {
        Optional<Client> known = find(identity);
        if (known.isEmpty()) {
            OptionalLong inserted = insertUnlessRaced(identity, displayName, at);
            if (inserted.isPresent()) {
                // the deal start's hot path. Our own uncommitted row needs no lock (nobody else can read it, and a
                // rival's insert of the same client waits for our commit), and it is not read back: we wrote it.
                long links = records.link(dealId, inserted.getAsLong(), at);
                return ClientRecords.recorded(inserted.getAsLong(), identity, displayName, at, links);
            }
            known = Optional.of(recordedByRival(identity));
        }
        long id = known.get().id();
        records.lock(id);
        records.link(dealId, id, at);
        return records.byId(id).orElseThrow();
    }

    /** The id of a new client; empty when another transaction recorded the same client a moment earlier. */
    private OptionalLong insertUnlessRaced(ClientIdentity identity, String displayName, Instant seen) {
        if (upsert) {
            return records.insertUnlessPresent(identity, displayName, seen);
        }
        try {
            return OptionalLong.of(savepoint == null ? records.insert(identity, displayName, seen)
                    : savepoint.execute(status -> records.insert(identity, displayName, seen)));
        } catch (DuplicateKeyException raced) {
            return OptionalLong.empty();
        }
    }

    private Client recordedByRival(ClientIdentity identity) {
        return find(identity).orElseThrow(() -> new DuplicateKeyException(
                "Client " + identity.key() + " was recorded by another transaction, which holds it under another key."));
    }

    public Optional<Client> find(long id) {
        return records.byId(id);
    }

    /** The client a deal was linked to at its start (or by the migration), if any. */
    public Optional<Long> clientOfDeal(String dealId) {
        return records.clientOfDeal(dealId);
    }

    /** Every deal linked to the client, open or not: a handful per client, read by its index. */
    public List<String> dealsOf(long clientId) {
        return records.dealsOf(clientId);
    }

    /**
     * The clients a lead without a tax number could be when its name alone cannot tell: several clients with tax
     * numbers share the name and none is known by name only. Empty when the name decides (or the lead has a number).
     * Without this check such a lead became a client of its own, past the blacklist and the open-deal rule.
     */
    public List<Client> namesakes(ClientIdentity identity) {
        if (identity.taxNumber() != null || records.nameOnly(identity.nameKey()).isPresent()) {
            return List.of();
        }
        List<Client> namesakes = records.withInnNamed(identity.nameKey());
        return namesakes.size() > 1 ? namesakes : List.of();
    }

    /** How many deals are linked to a client. */
    public long linkedDeals() {
        return records.linkedDeals();
    }

    /**
     * The client this lead would be, if it is known; records nothing (an import asks before it starts a deal).
     * Without a tax number: the client known by that name only, else the one client with a number that bears it.
     */
    public Optional<Client> known(ClientIdentity identity) {
        if (identity.taxNumber() != null) {
            ClientRecords.ByInnOrName found = records.byInnOrNameOnly(identity.taxNumber(), identity.nameKey());
            return found.byInn().or(found::nameOnly);
        }
        return records.nameOnly(identity.nameKey()).or(() -> only(records.withInnNamed(identity.nameKey())));
    }

    /**
     * No new deal is started for a blacklisted client; {@code reason} is what a refused caller reads. Its planned
     * contacts are put on hold by whoever listens to {@link ClientBlacklisted}, in the same transaction.
     */
    Optional<Client> blacklist(long id, String reason, String by, Instant at) {
        // the row first: a blacklisting and a lift at the same moment are decided one after the other
        records.lock(id);
        if (!records.blacklist(id, reason, by, at)) {
            return Optional.empty();
        }
        events.publishEvent(new ClientBlacklisted(id, reason, by, at));
        return records.byId(id);
    }

    Optional<Client> lift(long id, String by, Instant at) {
        records.lock(id);
        boolean was = records.byId(id).map(Client::blacklisted).orElse(false);
        if (!records.blacklist(id, null, null, null)) {
            return Optional.empty();
        }
        if (was) {
            events.publishEvent(new ClientLeftBlacklist(id, by, at));
        }
        return records.byId(id);
    }

    private Optional<Client> find(ClientIdentity identity) {
        if (identity.taxNumber() != null) {
            ClientRecords.ByInnOrName found = records.byInnOrNameOnly(identity.taxNumber(), identity.nameKey());
            return found.byInn().or(() -> found.nameOnly().map(client -> adopt(client.id(), identity)));
        }
        return records.nameOnly(identity.nameKey()).or(() -> only(records.withInnNamed(identity.nameKey())));
    }

    private Client adopt(long id, ClientIdentity identity) {
        records.adoptInn(id, identity);
        return records.byId(id).orElseThrow();
    }

    private static String databaseName(DataSource dataSource) {
        try {
            return JdbcUtils.commonDatabaseName(
                    JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            return null; // the portable way, with a savepoint
        }
    }

    private static Optional<Client> only(List<Client> candidates) {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
}

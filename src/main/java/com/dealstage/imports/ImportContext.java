package com.dealstage.imports;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What a worker knows while it works one import: the columns, the team that distribution chooses among, the leads
 * given to each so far (round robin goes on from there), the users known to exist, and the clients its lines have
 * named so far.
 */
record ImportContext(String importId, ListColumns columns, List<String> team, Map<String, Integer> assigned,
        Map<String, Boolean> knownUsers, BloomFilter<CharSequence> seenClients) {

    /**
     * Sizes the filter of clients seen: fixed memory (about 240 KiB) whatever the list's length; up to this many
     * clients at most 1 % of new ones are looked up in vain, more clients only raise that share.
     */
    static final int SEEN_CLIENTS_SIZED_FOR = 200_000;

    static BloomFilter<CharSequence> noClientsSeen() {
        return BloomFilter.create(Funnels.stringFunnel(StandardCharsets.UTF_8), SEEN_CLIENTS_SIZED_FOR, 0.01);
    }

    void assignedTo(String manager) {
        assigned.merge(manager, 1, Integer::sum);
    }

    /** A line of this client was read and not refused as broken (its bit stays set if its batch rolls back). */
    void saw(String clientKey) {
        if (clientKey != null) {
            seenClients.put(clientKey);
        }
    }

    /** False only for a client no earlier line of this import named: its line needs no look-up in import_row. */
    boolean mayHaveSeen(String clientKey) {
        return seenClients.mightContain(clientKey);
    }
}

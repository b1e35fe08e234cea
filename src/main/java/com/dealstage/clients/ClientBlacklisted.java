package com.dealstage.clients;

import java.time.Instant;

/** A client was put on the blacklist: published inside the transaction that did it, so listeners act atomically. */
public record ClientBlacklisted(long clientId, String reason, String by, Instant at) {
}

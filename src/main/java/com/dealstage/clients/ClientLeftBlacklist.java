package com.dealstage.clients;

import java.time.Instant;

/** A client was taken off the blacklist: published inside the transaction that did it. */
public record ClientLeftBlacklist(long clientId, String by, Instant at) {
}

package com.dealstage.clients;

import java.time.Instant;

/**
 * One client, held once in table {@code client}.
 * @param inn             the tax number's digits, or null when no lead of this client had one
 * @param nameKey         the normalized name ({@link ClientIdentity#normalizedName})
 * @param displayName     the company name as the first lead wrote it
 * @param deals           how many deals the client has had (table client_deal)
 * @param blacklistReason why no new deal is started for it (null unless blacklisted)
 */
public record Client(long id, String inn, String nameKey, String displayName, Instant firstSeen, long deals,
        boolean blacklisted, String blacklistReason, String blacklistedBy, Instant blacklistedAt) {
}

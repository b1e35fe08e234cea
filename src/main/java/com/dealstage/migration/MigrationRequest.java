package com.dealstage.migration;

import java.util.List;

/**
 * The body of a migration: {@code from} and {@code to} are version numbers of deal-pipeline; {@code dryRun}
 * defaults to true, so a body that forgets it only reports; {@code deals} (optional) limits the run to these deals.
 */
record MigrationRequest(Integer from, Integer to, Boolean dryRun, List<String> deals) {

    MigrationRequest checked() {
        if (from == null || to == null) {
            throw MigrationRefused.badRequest(from == null ? "from" : "to",
                    "Fields 'from' and 'to' (deal-pipeline version numbers, e.g. {\"from\": 3, \"to\": 4}) are required.");
        }
        if (from < 1 || to < 1) {
            throw MigrationRefused.badRequest(from < 1 ? "from" : "to", "Versions are numbered from 1.");
        }
        if (from.equals(to)) {
            throw MigrationRefused.badRequest("to", "'from' and 'to' are both version " + from + ": nothing would move.");
        }
        if (deals != null && deals.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw MigrationRefused.badRequest("deals", "'deals' lists deal ids; an entry is empty.");
        }
        return this;
    }

    boolean isDryRun() {
        return dryRun == null || dryRun;
    }
}

package com.dealstage.migration;

import java.util.List;

/**
 * The body of a migration: {@code from} and {@code to} are version numbers of deal-pipeline; {@code dryRun}
 * defaults to true, so a body that forgets it only reports; {@code deals} (optional) limits the run to these deals;
 * {@code mappings} (optional) sends the deals waiting at one activity to another of the target (e.g. a stage the
 * target no longer has onto the one that replaced it) instead of the activity with the same id.
 */
record MigrationRequest(Integer from, Integer to, Boolean dryRun, List<String> deals, List<Mapping> mappings) {

    record Mapping(String from, String to) {
    }

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
        if (mappings != null && mappings.stream().anyMatch(m -> m == null || blank(m.from()) || blank(m.to()))) {
            throw MigrationRefused.badRequest("mappings",
                    "Each mapping names two activity ids: {\"from\": \"siteSurvey\", \"to\": \"meeting\"}.");
        }
        return this;
    }

    List<Mapping> mappingsOrNone() {
        return mappings == null ? List.of() : mappings;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    boolean isDryRun() {
        return dryRun == null || dryRun;
    }
}

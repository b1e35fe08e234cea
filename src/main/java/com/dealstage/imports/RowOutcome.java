package com.dealstage.imports;

/**
 * What became of one line of a list (a row of table import_row).
 * @param reason  why a row was skipped: OPEN_DEAL, BLACKLISTED or DUPLICATE_IN_FILE
 * @param field   the field concerned, when one is
 */
record RowOutcome(long line, Kind kind, String reason, String field, String message, String companyName,
        String clientKey, String dealId, String manager, String assignedBy, Integer score) {

    enum Kind { STARTED, SKIPPED, FAILED }

    static final String OPEN_DEAL = "OPEN_DEAL";
    static final String BLACKLISTED = "BLACKLISTED";
    static final String DUPLICATE_IN_FILE = "DUPLICATE_IN_FILE";

    static RowOutcome failed(long line, String field, String message, String companyName) {
        return new RowOutcome(line, Kind.FAILED, null, field, message, companyName, null, null, null, null, null);
    }

    static RowOutcome skipped(long line, String reason, String field, String message, String companyName,
            String clientKey) {
        return new RowOutcome(line, Kind.SKIPPED, reason, field, message, companyName, clientKey, null, null, null,
                null);
    }
}

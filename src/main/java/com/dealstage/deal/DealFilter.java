package com.dealstage.deal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The query of GET /api/deals, checked: every malformed parameter is a 400 that names it.
 * @param from first day of the period the deals started in (inclusive), {@code to} the last (inclusive)
 */
record DealFilter(String manager, String stage, Long clientId, String source, LocalDate from, LocalDate to,
        int page, int size, String sortBy, boolean ascending) {

    static final int MAX_SIZE = 100;
    private static final Set<String> SORTABLE = Set.of("startedAt", "endedAt");

    static DealFilter parse(String manager, String stage, String clientId, String source, String from, String to,
            String page, String size, String sort) {
        String[] sorting = (sort == null || sort.isBlank() ? "startedAt,desc" : sort).split(",", 2);
        String direction = sorting.length > 1 ? sorting[1].trim().toLowerCase() : "asc";
        if (!SORTABLE.contains(sorting[0].trim()) || !Set.of("asc", "desc").contains(direction)) {
            throw bad("'sort' must be startedAt or endedAt, optionally followed by ,asc or ,desc.");
        }
        DealFilter filter = new DealFilter(blankToNull(manager), blankToNull(stage), number("clientId", clientId),
                blankToNull(source), date("from", from), date("to", to), whole("page", page, 0, 0, Integer.MAX_VALUE),
                whole("size", size, 20, 1, MAX_SIZE), sorting[0].trim(), direction.equals("asc"));
        if (filter.from != null && filter.to != null && filter.to.isBefore(filter.from)) {
            throw bad("'to' must not be before 'from'.");
        }
        return filter;
    }

    Date startedFrom(ZoneId zone) {
        return from == null ? null : Date.from(from.atStartOfDay(zone).toInstant());
    }

    Date startedUntil(ZoneId zone) {
        return to == null ? null : Date.from(to.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1));
    }

    DealFilter onlyOf(String manager) {
        return new DealFilter(manager, stage, clientId, source, from, to, page, size, sortBy, ascending);
    }

    private static Long number(String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw bad("'" + name + "' must be a client id (a number).");
        }
    }

    private static int whole(String name, String value, int absent, int min, int max) {
        if (blankToNull(value) == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad("'" + name + "' must be a whole number from " + min + (max == Integer.MAX_VALUE ? "" : " to " + max)
                + ".");
    }

    private static LocalDate date(String name, String value) {
        try {
            return blankToNull(value) == null ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw bad("'" + name + "' must be a date such as 2026-11-23.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ErrorResponseException bad(String sentence) {
        return Viewer.refusal(HttpStatus.BAD_REQUEST, sentence);
    }
}

package com.dealstage.funnel;

import com.dealstage.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The days a report covers, {@code from} to {@code to} inclusive, as the business counts days (dealstage.zone).
 * A year at most: a longer report is a different question (and a slow one).
 */
record Period(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 366;

    static Period parse(String from, String to) {
        Period period = new Period(date("from", from), date("to", to));
        if (period.to.isBefore(period.from)) {
            throw FunnelErrors.badParameter("to", "'to' (" + to + ") must not be before 'from' (" + from + ").");
        }
        if (period.from.plusDays(MAX_DAYS).isBefore(period.to)) {
            throw FunnelErrors.badParameter("to", "A report covers at most " + MAX_DAYS + " days.");
        }
        return period;
    }

    Instant start(BusinessCalendar calendar) {
        return calendar.startOf(from);
    }

    /** The first instant after the period. */
    Instant end(BusinessCalendar calendar) {
        return calendar.startOf(to.plusDays(1));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw FunnelErrors.badParameter(name, "'" + name + "' is required: a date such as 2026-11-23.");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw FunnelErrors.badParameter(name, "'" + name + "' must be a date such as 2026-11-23, not '" + value
                    + "'.");
        }
    }
}

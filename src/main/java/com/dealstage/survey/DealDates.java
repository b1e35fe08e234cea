package com.dealstage.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Dates as forms and REST clients deliver them (2026-11-23, with time or offset, java.util.Date) turned into
 * calendar days of the server's zone, and back into the instants that timers need.
 */
public final class DealDates {

    private DealDates() {
    }

    public static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
        }
        if (value instanceof CharSequence text) {
            return parse(text.toString().trim());
        }
        throw new IllegalArgumentException("Not a date: " + value);
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    public static Date dateOf(LocalDate day) {
        return Date.from(startOf(day));
    }

    private static LocalDate parse(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text);
        }
        if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
            return OffsetDateTime.parse(text).atZoneSameInstant(ZoneId.systemDefault()).toLocalDate();
        }
        if (text.contains("[")) {
            return ZonedDateTime.parse(text).withZoneSameInstant(ZoneId.systemDefault()).toLocalDate();
        }
        return LocalDateTime.parse(text).toLocalDate();
    }
}

package com.dealstage.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Days of the business and the instants that stand for them. Dates arrive as forms and REST clients send them
 * (2026-11-23, with a time, an offset or a zone, or a java.util.Date); a value with an offset or zone names an
 * instant, whose day is taken in the business zone. Timers get the start of a day in that zone; tables get UTC.
 */
public final class BusinessCalendar {

    private final ZoneId zone;

    public BusinessCalendar(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The business day a form value or engine value names. */
    public LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return dayOf(date.toInstant());
        }
        if (value instanceof CharSequence text) {
            return parse(text.toString().trim());
        }
        throw new IllegalArgumentException("Not a date: " + value);
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The start of {@code day} as the java.util.Date a timer expression needs. */
    public Date dateOf(LocalDate day) {
        return Date.from(startOf(day));
    }

    /** How the project's tables store an instant: with offset, always UTC, whatever the server's zone. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private LocalDate parse(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text);
        }
        if (text.contains("[")) {
            return ZonedDateTime.parse(text).withZoneSameInstant(zone).toLocalDate();
        }
        if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
            return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
        }
        return LocalDateTime.parse(text).toLocalDate();
    }
}

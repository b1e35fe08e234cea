package com.dealstage.recontact;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;

/**
 * Turns a plan's {@code due} into the instant the timer fires. Periods (P75D, P2M) count calendar days and
 * months in the business's time zone, so "two months" means the same day two months later; durations with a
 * time part (PT48H) count exact hours; a date (2027-01-15) means the start of that day.
 */
final class DueDate {

    private DueDate() {
    }

    static Instant after(Instant rejectedAt, String due, ZoneId zone) {
        if (due == null || due.isBlank()) {
            throw new IllegalArgumentException("A re-contact plan that comes back needs a due period such as P75D.");
        }
        String text = due.trim();
        try {
            if (text.startsWith("P") && text.contains("T")) {
                return rejectedAt.plus(Duration.parse(text));
            }
            if (text.startsWith("P")) {
                return rejectedAt.atZone(zone).plus(Period.parse(text)).toInstant();
            }
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Re-contact due '" + due + "' in rules/recontact.drl is neither an "
                    + "ISO-8601 period (P75D, P2M), a duration (PT48H) nor a date (2027-01-15).", e);
        }
    }

    /** The due as a manager reads it: "75 days", "2 months", "1 year and 6 months", "48 hours", "on 2027-01-15". */
    static String inWords(String due) {
        String text = due == null ? "" : due.trim();
        try {
            if (text.startsWith("P") && text.contains("T")) {
                return count(Duration.parse(text).toHours(), "hour");
            }
            if (text.startsWith("P")) {
                Period period = Period.parse(text);
                String words = String.join(" and ", Stream.of(count(period.getYears(), "year"),
                        count(period.getMonths(), "month"), count(period.getDays(), "day"))
                        .filter(part -> !part.isEmpty()).toList());
                return words.isEmpty() ? "0 days" : words;
            }
            return "on " + LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static String count(long amount, String unit) {
        return amount == 0 ? "" : amount + " " + unit + (amount == 1 ? "" : "s");
    }
}

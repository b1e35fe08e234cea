package com.dealstage.rules;

import com.dealstage.clients.TaxNumbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fact: a user task of stage {@code stage} is being completed; {@code values} are the deal's
 * variables after the submission. The helpers are what the stage-gate DRL asks of a field,
 * so that a process owner writes {@code !has("contractNumber")} instead of type checks.
 */
public record StageCompletion(String processKey, String stage, Map<String, Object> values) {

    /** The ISO-8601 shapes a form or a REST client sends: 2026-11-23, with time, offset or zone. */
    private static final List<Consumer<String>> ISO_PARSERS = List.of(LocalDate::parse, LocalDateTime::parse,
            OffsetDateTime::parse, ZonedDateTime::parse, Instant::parse);

    public StageCompletion {
        values = values == null ? Map.of() : values;
    }

    public Object value(String field) {
        return field == null ? null : values.get(field);
    }

    /** Present, not null and not a blank string. */
    public boolean has(String field) {
        Object value = value(field);
        return value instanceof CharSequence text ? !text.toString().isBlank() : value != null;
    }

    /** Text, not blank: a user id or a name, never a number or an object. */
    public boolean isText(String field) {
        return value(field) instanceof CharSequence text && !text.toString().isBlank();
    }

    public boolean isPositiveNumber(String field) {
        BigDecimal number = number(value(field));
        return number != null && number.signum() > 0;
    }

    /** Forms and JSON deliver numbers as Long, Double or text; a fraction is never whole. */
    public boolean isWholeNumberBetween(String field, int min, int max) {
        BigDecimal number = number(value(field));
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return number.compareTo(BigDecimal.valueOf(min)) >= 0 && number.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    public boolean isDate(String field) {
        Object value = value(field);
        if (value instanceof Date || value instanceof LocalDate || value instanceof LocalDateTime
                || value instanceof OffsetDateTime || value instanceof ZonedDateTime || value instanceof Instant) {
            return true;
        }
        return value instanceof CharSequence text && parsesAsIsoDate(text.toString().trim());
    }

    /** Codes are compared exactly: forms send upper-case codes, anything else is a wrong code. */
    public boolean isOneOf(String field, String... codes) {
        Object value = value(field);
        return value != null && codes != null && Arrays.asList(codes).contains(value.toString());
    }

    /**
     * A Russian tax number (INN) with correct check digits: 10 digits for an organisation, 12 for a sole
     * proprietor; spaces and hyphens between the digits do not count.
     */
    public boolean isValidInn(String field) {
        return TaxNumbers.isValid(value(field));
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof CharSequence text) {
            try {
                return new BigDecimal(text.toString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean parsesAsIsoDate(String text) {
        for (Consumer<String> parser : ISO_PARSERS) {
            try {
                parser.accept(text);
                return true;
            } catch (DateTimeParseException e) {
                // try the next ISO-8601 shape
            }
        }
        return false;
    }

}

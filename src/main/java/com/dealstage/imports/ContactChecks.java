package com.dealstage.imports;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What only a list gets wrong, checked before a line becomes a lead: a company name, an e-mail and a phone number
 * that can be used, a manager who exists and belongs to the sales team. (The tax number, the source and the rest of the lead are the lead gate's.)
 */
@Component
class ContactChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;.]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\-\\s.]+((ext|доб)\\.?\\s*[0-9]+)?",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_DIGITS = 5;
    private static final int MAX_DIGITS = 15;

    private final ImportPeople people;
    private final String team;

    ContactChecks(ImportPeople people, ImportsProperties properties) {
        this.people = people;
        this.team = properties.team();
    }

    Optional<RowOutcome> check(long line, Map<String, String> values, ImportContext context) {
        String company = values.get("companyName");
        if (company == null) {
            return failed(line, "companyName", "Company name is required.", null);
        }
        String email = values.get("contactEmail");
        if (email != null && !EMAIL.matcher(email).matches()) {
            return failed(line, "contactEmail", "E-mail '" + email + "' is not an e-mail address.", company);
        }
        String phone = values.get("contactPhone");
        long digits = phone == null ? 0 : phone.chars().filter(Character::isDigit).count();
        if (phone != null && (!PHONE.matcher(phone).matches() || digits < MIN_DIGITS || digits > MAX_DIGITS)) {
            return failed(line, "contactPhone", "Phone '" + phone + "' is not a phone number (" + MIN_DIGITS + " to "
                    + MAX_DIGITS + " digits, with +, spaces, hyphens or brackets).", company);
        }
        String manager = values.get("manager");
        if (manager != null && !context.knownUsers().computeIfAbsent(manager, people::exists)) {
            return failed(line, "manager", "There is no user '" + manager + "' to be the responsible manager.",
                    company);
        }
        if (manager != null && !context.team().contains(manager)) {
            // the deal's manager reads the whole deal: a list must not hand one to quality control or anyone else
            return failed(line, "manager", "'" + manager + "' is not a member of " + team + ": a list's deals go to "
                    + "the sales team only.", company);
        }
        return Optional.empty();
    }

    private static Optional<RowOutcome> failed(long line, String field, String message, String company) {
        return Optional.of(RowOutcome.failed(line, field, message, company));
    }
}

package com.dealstage.deal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a cold-call list says about a lead beyond the lead-intake fields, recorded on the deal by the engine side of
 * its start (a caller cannot set these: the stage gate accepts only the start form's fields from him): the import and
 * line it came from, the distribution rule that chose its manager, its score (the cold call's task priority, so the
 * best leads come first), and the contact data the cold call starts from.
 */
public record ListEntry(String importId, long line, String assignedBy, int score, Map<String, String> contact) {

    /** The cold call's fields a list may fill in beforehand; the manager can still change them during the call. */
    public static final Set<String> CONTACT_FIELDS = Set.of("contactName", "contactPhone", "contactEmail");

    public static final String IMPORT_ID = "importId";
    public static final String IMPORT_LINE = "importLine";
    public static final String ASSIGNED_BY = "assignedBy";
    public static final String LEAD_SCORE = "leadScore";

    public ListEntry {
        Objects.requireNonNull(importId, "importId");
        contact = Map.copyOf(contact == null ? Map.of() : contact);
        if (!CONTACT_FIELDS.containsAll(contact.keySet())) {
            throw new IllegalArgumentException("A list fills in only " + CONTACT_FIELDS + ", not " + contact.keySet());
        }
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("A lead's score is 0 to 100, not " + score);
        }
    }

    Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>(contact);
        variables.put(IMPORT_ID, importId);
        variables.put(IMPORT_LINE, line);
        if (assignedBy != null) {
            variables.put(ASSIGNED_BY, assignedBy);
        }
        variables.put(LEAD_SCORE, score);
        return variables;
    }
}

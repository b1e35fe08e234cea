package com.dealstage.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which column holds which field. Headers are recognised in English or Russian, ignoring case, spaces, hyphens and
 * underscores ("E-mail", "e_mail", "Email"); a caller's mapping (header to field) comes first. Unknown headers are
 * ignored and reported.
 */
final class ListColumns {

    /** The fields a list may carry, by the names the deal uses. */
    static final Set<String> FIELDS = Set.of("companyName", "companyTaxId", "contactName", "contactPhone",
            "contactEmail", "region", "industry", "manager", "source");

    /** The fields of a blacklist file: who (tax number or name) and why. */
    static final Set<String> BLACKLIST_FIELDS = Set.of("companyName", "companyTaxId", "reason");

    private static final Map<String, String> ALIASES = aliases(Map.of(
            "reason", List.of("reason", "причина", "blacklistreason"),
            "companyName", List.of("company", "companyname", "компания", "наименование", "название", "организация",
                    "клиент"),
            "companyTaxId", List.of("companytaxid", "inn", "инн", "taxid"),
            "contactName", List.of("contactname", "contact", "контакт", "контактноелицо", "фио"),
            "contactPhone", List.of("contactphone", "phone", "телефон", "тел"),
            "contactEmail", List.of("contactemail", "email", "почта", "электроннаяпочта"),
            "region", List.of("region", "регион", "область"),
            "industry", List.of("industry", "отрасль"),
            "manager", List.of("manager", "менеджер", "ответственный"),
            "source", List.of("source", "источник")));

    private final Map<Integer, String> fieldByColumn;
    private final List<String> ignored;

    private ListColumns(Map<Integer, String> fieldByColumn, List<String> ignored) {
        this.fieldByColumn = fieldByColumn;
        this.ignored = ignored;
    }

    /**
     * @param mapping the caller's header-to-field mapping (may be empty)
     * @throws IllegalArgumentException naming the problem: a mapping to an unknown field, a field in two columns,
     *                                  no company column
     */
    static ListColumns of(List<String> header, Map<String, String> mapping) {
        return of(header, mapping, FIELDS, "companyName");
    }

    /** A blacklist: a column with the tax number or one with the name is required, a reason column is optional. */
    static ListColumns forBlacklist(List<String> header, Map<String, String> mapping) {
        return of(header, mapping, BLACKLIST_FIELDS, null);
    }

    private static ListColumns of(List<String> header, Map<String, String> mapping, Set<String> fields,
            String required) {
        Map<String, String> byHeader = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        mapping.forEach((column, field) -> {
            if (field == null || !fields.contains(field)) {
                throw new IllegalArgumentException("The mapping names field '" + field + "', which a list cannot "
                        + "carry; fields: " + new TreeSet<>(fields) + ".");
            }
            byHeader.put(column.trim(), field);
        });
        Map<Integer, String> columns = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i).replace("\uFEFF", "").trim();
            String field = byHeader.containsKey(cell) ? byHeader.get(cell) : ALIASES.get(key(cell));
            if (field == null || !fields.contains(field)) {
                ignored.add(cell);
            } else if (columns.containsValue(field)) {
                throw new IllegalArgumentException("Two columns hold " + field + ": '" + header.get(columns.entrySet()
                        .stream().filter(e -> e.getValue().equals(field)).findFirst().orElseThrow().getKey())
                        + "' and '" + cell + "'. Give a mapping to say which one.");
            } else {
                columns.put(i, field);
            }
        }
        if (required != null ? !columns.containsValue(required)
                : !columns.containsValue("companyName") && !columns.containsValue("companyTaxId")) {
            throw new IllegalArgumentException("No column holds the company name" + (required != null ? "" : " or tax "
                    + "number") + ": the header is " + header + "; name it companyName (Компания, Наименование)"
                    + (required != null ? "" : " or companyTaxId (ИНН)") + ", or give a mapping.");
        }
        return new ListColumns(columns, ignored);
    }

    /** The row's values by field, blank cells left out. */
    Map<String, String> values(List<String> cells) {
        Map<String, String> values = new LinkedHashMap<>();
        fieldByColumn.forEach((column, field) -> {
            if (column < cells.size() && !cells.get(column).isBlank()) {
                values.put(field, cells.get(column).trim());
            }
        });
        return values;
    }

    Map<Integer, String> fieldByColumn() {
        return fieldByColumn;
    }

    List<String> ignored() {
        return ignored;
    }

    static ListColumns stored(Map<Integer, String> fieldByColumn) {
        return new ListColumns(fieldByColumn, List.of());
    }

    private static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s_\\-.]", "");
    }

    private static Map<String, String> aliases(Map<String, List<String>> byField) {
        Map<String, String> aliases = new TreeMap<>();
        byField.forEach((field, names) -> names.forEach(name -> aliases.put(name, field)));
        return aliases;
    }
}

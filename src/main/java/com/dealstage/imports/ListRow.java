package com.dealstage.imports;

import java.util.Map;

/**
 * One data record of a list: its line in the file (the header is line 1) and its values by field name (blank cells
 * left out), or why the record could not be read at all.
 */
record ListRow(long line, Map<String, String> values, String unreadable) {

    static ListRow broken(long line, String why) {
        return new ListRow(line, Map.of(), why);
    }

    String value(String field) {
        return values.get(field);
    }
}

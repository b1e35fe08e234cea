package com.dealstage.imports;

import java.util.Map;
import java.util.TreeMap;

/** The per-row report (UTF-8 with BOM, ';') by line number, each line as it stands in the file. */
final class ReportLines {

    private ReportLines() {
    }

    static Map<Long, String> byLine(String report) {
        String text = report.startsWith("\uFEFF") ? report.substring(1) : report;
        Map<Long, String> lines = new TreeMap<>();
        for (String line : text.split("\r\n")) {
            if (!line.isEmpty() && Character.isDigit(line.charAt(0))) {
                lines.put(Long.parseLong(line.substring(0, line.indexOf(';'))), line);
            }
        }
        return lines;
    }
}

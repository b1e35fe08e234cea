package com.dealstage.rules;

import java.util.List;
import java.util.Set;

/** A DRL file as lines (numbered from 1), for finding where a rule starts and what its block lacks. */
final class DrlText {

    private static final Set<String> KEYWORDS = Set.of("when", "then", "end");

    private final List<String> lines;

    DrlText(String drl) {
        this.lines = drl.lines().toList();
    }

    String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    /** The line of {@code rule "name"}, 0 when there is none. */
    int ruleLine(String name) {
        for (int i = 0; i < lines.size(); i++) {
            String trimmed = lines.get(i).trim();
            if (trimmed.startsWith("rule") && trimmed.contains("\"" + name + "\"")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether the rule starting at {@code start} has a line that is just {@code keyword} before the next rule. */
    boolean blockHas(int start, String keyword) {
        for (int number = start + 1; number <= lines.size(); number++) {
            String trimmed = line(number).trim();
            if (trimmed.equals(keyword) || trimmed.startsWith(keyword + " ") || trimmed.startsWith(keyword + "\t")) {
                return true;
            }
            if (startsBlock(trimmed)) {
                return false;
            }
        }
        return false;
    }

    /** A line holding one word that is no keyword (a misspelt {@code then}), 0 when none. */
    int bareWordBetween(int from, int to) {
        for (int number = Math.max(from, 1); number <= Math.min(to, lines.size()); number++) {
            String trimmed = line(number).trim();
            if (trimmed.matches("[A-Za-z]+") && !KEYWORDS.contains(trimmed)) {
                return number;
            }
        }
        return 0;
    }

    /** The first line at or after {@code near} (else anywhere) containing {@code text} outside a comment, or 0. */
    int lineOf(String text, int near) {
        for (int number = Math.max(near, 1); number <= lines.size(); number++) {
            if (codeOf(line(number)).contains(text)) {
                return number;
            }
        }
        for (int number = 1; number <= lines.size(); number++) {
            if (codeOf(line(number)).contains(text)) {
                return number;
            }
        }
        return 0;
    }

    private static String codeOf(String line) {
        int comment = line.indexOf("//");
        return comment < 0 ? line : line.substring(0, comment);
    }

    private static boolean startsBlock(String trimmed) {
        return trimmed.startsWith("rule ") || trimmed.startsWith("rule\"") || trimmed.startsWith("query ")
                || trimmed.startsWith("declare ") || trimmed.startsWith("function ");
    }
}

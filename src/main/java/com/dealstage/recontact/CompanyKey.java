package com.dealstage.recontact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which rejections belong to the same company, so that refusals can be counted across deals. The tax id
 * (INN) identifies a company when the lead has one; otherwise its name, normalized: trimmed, lower-case,
 * quotes and punctuation dropped, spaces collapsed and legal-form words (LLC, OOO, ООО, АО, ...) removed,
 * so "ООО «Строймонтаж»" and "строймонтаж" count as one. Counting refusals compares tax ids only when both
 * rejections carry one, and names otherwise ({@code Rejections.refusalsOf}).
 */
final class CompanyKey {

    private static final Set<String> LEGAL_FORMS = Set.of("llc", "ltd", "inc", "corp", "co", "gmbh", "plc", "jsc",
            "pjsc", "cjsc", "ojsc", "ooo", "zao", "oao", "pao", "ao", "ip",
            "ооо", "зао", "оао", "пао", "ао", "нао", "ип", "тоо");

    private CompanyKey() {
    }

    static String of(Object taxId, Object companyName) {
        String tax = taxId == null ? "" : taxId.toString().replaceAll("\\s+", "");
        if (!tax.isEmpty()) {
            return "tax:" + tax;
        }
        return "name:" + normalizedName(companyName == null ? "" : companyName.toString());
    }

    static String normalizedName(String name) {
        String words = name.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}«»“”„’]", " ").trim();
        return Arrays.stream(words.split("\\s+"))
                .filter(word -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
                .collect(Collectors.joining(" "));
    }
}

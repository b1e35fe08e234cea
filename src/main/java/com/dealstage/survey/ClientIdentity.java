package com.dealstage.survey;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who "the same client" is across deals. The tax number (INN) identifies a company when both deals carry one;
 * when either lacks it, the normalized company name decides: case, quotes, punctuation and the legal form
 * ("OOO", "LLC", ...) do not count, so "OOO «Stroymontazh»" and "Stroymontazh LLC" are one client.
 * @param taxId the INN as digits, or null
 * @param nameKey the normalized company name, never blank
 */
public record ClientIdentity(String taxId, String nameKey) {

    private static final Set<String> LEGAL_FORMS = Set.of("ооо", "оао", "зао", "пао", "ао", "ип", "нко", "ooo", "oao",
            "zao", "pao", "ao", "ip", "llc", "ltd", "inc", "jsc", "cjsc", "pjsc", "ojsc", "gmbh", "corp", "co", "plc",
            "limited", "company");

    public static ClientIdentity of(Object taxId, Object companyName) {
        String name = companyName == null ? "" : companyName.toString();
        return new ClientIdentity(taxDigits(taxId), normalizedName(name));
    }

    static String normalizedName(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        String key = Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
                .collect(Collectors.joining(" "));
        // a name that is nothing but a legal form still has to identify someone
        return key.isEmpty() ? plain.trim() : key;
    }

    private static String taxDigits(Object taxId) {
        String digits = taxId == null ? "" : taxId.toString().replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }
}

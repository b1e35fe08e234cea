package com.dealstage.clients;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a lead's company is: its tax number (INN, separators stripped) when the lead has one, otherwise its name
 * normalized: case, quotes (« » " ' “ ”), punctuation and legal-form words (ООО, ОАО, ЗАО, ПАО, АО, ИП, ТОО, LLC,
 * Ltd, Limited, Inc, OOO, ... and their spelled-out forms) do not count, so "OOO «Stroymontazh»",
 * "Stroymontazh Limited" and "stroymontazh" are one client. The one normalizer of the application.
 * @param taxNumber the INN's digits, or null when the lead has none (or something that is not digits)
 * @param nameKey   the normalized company name (never null; cut to {@value #MAX_NAME_KEY} characters)
 */
public record ClientIdentity(String taxNumber, String nameKey) {

    /** Longest name key stored and compared: longer names are told apart by their first 1,000 characters. */
    public static final int MAX_NAME_KEY = 1000;

    private static final Set<String> LEGAL_FORMS = Set.of(
            "ооо", "оао", "зао", "пао", "нао", "ао", "ип", "тоо", "нко", "ано", "чп", "пбоюл",
            "ooo", "oao", "zao", "pao", "ao", "ip", "too",
            "llc", "llp", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co", "company",
            "jsc", "cjsc", "ojsc", "pjsc", "gmbh", "plc");
    /** Spelled-out legal forms, removed before single words (longest first). */
    private static final List<String> LEGAL_PHRASES = List.of(
            "публичное акционерное общество", "открытое акционерное общество", "закрытое акционерное общество",
            "непубличное акционерное общество", "общество с ограниченной ответственностью",
            "товарищество с ограниченной ответственностью", "индивидуальный предприниматель",
            "акционерное общество", "limited liability company", "limited liability partnership",
            "joint stock company");

    public static ClientIdentity of(Object taxId, Object companyName) {
        String digits = TaxNumbers.stripped(taxId);
        boolean number = digits != null && digits.chars().allMatch(Character::isDigit);
        // leads are checked at intake; older records may hold "n/a" or the like, which identifies nobody
        return new ClientIdentity(number ? digits : null, normalizedName(companyName == null ? "" : companyName.toString()));
    }

    /** The key that identifies this client on its own: {@code inn:<digits>} or {@code name:<normalized name>}. */
    public String key() {
        return taxNumber != null ? "inn:" + taxNumber : "name:" + nameKey;
    }

    public static String normalizedName(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        String words = Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty())
                .collect(Collectors.joining(" "));
        String withoutPhrases = " " + words + " ";
        for (String phrase : LEGAL_PHRASES) {
            withoutPhrases = withoutPhrases.replace(" " + phrase + " ", " ");
        }
        String key = Arrays.stream(withoutPhrases.trim().split(" "))
                .filter(word -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
                .collect(Collectors.joining(" "));
        // a name that is nothing but a legal form ("ООО") still has to identify someone
        String identified = key.isEmpty() ? words : key;
        return identified.length() > MAX_NAME_KEY ? identified.substring(0, MAX_NAME_KEY) : identified;
    }
}

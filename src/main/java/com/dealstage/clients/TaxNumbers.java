package com.dealstage.clients;

/**
 * Russian tax numbers (INN): 10 digits for an organisation, 12 for a sole proprietor, each with check digits
 * (weighted sums mod 11, then mod 10). Spaces, hyphens, dots and slashes between the digits are separators and
 * do not count.
 */
public final class TaxNumbers {

    private static final int[] ORGANISATION = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] PERSON_11TH = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] PERSON_12TH = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private TaxNumbers() {
    }

    /** The value without separators, or null when nothing is left (a number is read as its decimal digits). */
    public static String stripped(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().replaceAll("[\\s\\-./_\\u2010-\\u2015]", "");
        return text.isEmpty() ? null : text;
    }

    /** A well-formed INN with correct check digits, separators aside. */
    public static boolean isValid(Object value) {
        String digits = stripped(value);
        if (digits == null || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (digits.length() == 10) {
            return check(digits, ORGANISATION) == digit(digits, 9);
        }
        if (digits.length() == 12) {
            return check(digits, PERSON_11TH) == digit(digits, 10) && check(digits, PERSON_12TH) == digit(digits, 11);
        }
        return false;
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(digits, i);
        }
        return sum % 11 % 10;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}

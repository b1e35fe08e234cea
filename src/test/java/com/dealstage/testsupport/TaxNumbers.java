package com.dealstage.testsupport;

import java.util.concurrent.ThreadLocalRandom;

/** Valid Russian tax numbers (INN) of organisations for test data: 10 digits, the last one a check digit. */
public final class TaxNumbers {

    private static final int[] WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    /** Stroymontazh LLC of the test data. */
    public static final String STROYMONTAZH = StageInputs.TAX_NUMBER;

    /** Severtrade, another client. */
    public static final String SEVERTRADE = of("780200000");

    private TaxNumbers() {
    }

    /** The valid INN that starts with these nine digits. */
    public static String of(String nineDigits) {
        if (!nineDigits.matches("\\d{9}")) {
            throw new IllegalArgumentException("Nine digits expected: " + nineDigits);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (nineDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return nineDigits + (sum % 11 % 10);
    }

    /** A valid INN of a company no other test uses (a region code of Moscow, 77, and random digits). */
    public static String random() {
        return of("77" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)));
    }
}

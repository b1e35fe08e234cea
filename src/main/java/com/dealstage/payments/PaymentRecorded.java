package com.dealstage.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The answer to a payment report, the same for every repeat of it. */
record PaymentRecorded(String paymentDocument, String contractNumber, BigDecimal amount, LocalDate date,
        String dealId, String recordedBy, Instant recordedAt) {

    boolean sameAs(PaymentReport report) {
        return contractNumber.equals(report.contractNumber()) && amount.compareTo(report.amount()) == 0
                && date.equals(report.date());
    }
}

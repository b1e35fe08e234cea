package com.dealstage.payments;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What accounting reports: the money for a contract arrived, proven by a payment document. */
record PaymentReport(String contractNumber, BigDecimal amount, LocalDate date, String paymentDocument) {
}

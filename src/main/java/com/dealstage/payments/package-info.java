/**
 * Payments from accounting: {@code POST /api/payments} (contract number, amount, date, payment document) completes the
 * deal's payment stage through the stage gate, as the technical user of group {@code accounting}; the payment
 * document is the idempotency key (table accounting_payment).
 */
package com.dealstage.payments;

package com.dealstage.payments;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounting reports payments here; the payment stage of the deal with that contract is completed with them. */
@RestController
@RequestMapping("/api/payments")
class PaymentsController {

    static final String ACCOUNTING = "accounting";
    private static final List<String> MAY_REPORT = List.of(ACCOUNTING, "camunda-admin");
    private static final int MAX_TEXT = 255;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999.99");

    private final Payments payments;
    private final IdentityService identity;

    PaymentsController(Payments payments, IdentityService identity) {
        this.payments = payments;
        this.identity = identity;
    }

    @Operation(summary = "A payment from accounting {contractNumber, amount, date, paymentDocument}: completes the "
            + "deal's payment stage through the stage gate (201; a repeat of the same report 200 with the same "
            + "result; the document reused for another payment 409; no deal with the contract 404; gate refusal 422)")
    @PostMapping
    ResponseEntity<PaymentRecorded> report(@RequestBody(required = false) Map<String, Object> body) {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null || caller.getGroupIds() == null || caller.getGroupIds().stream().noneMatch(MAY_REPORT::contains)) {
            throw new PaymentRefused(HttpStatus.FORBIDDEN, "Only accounting reports payments.");
        }
        PaymentReport report = parse(body == null ? Map.of() : body);
        Map.Entry<PaymentRecorded, Boolean> result = payments.record(report, caller.getUserId());
        return ResponseEntity.status(result.getValue() ? HttpStatus.CREATED : HttpStatus.OK).body(result.getKey());
    }

    @ExceptionHandler(PaymentRefused.class)
    ResponseEntity<ProblemDetail> refused(PaymentRefused refusal) {
        return ResponseEntity.status(refusal.getStatusCode()).body(refusal.getBody());
    }

    private static PaymentReport parse(Map<String, Object> body) {
        String contract = text(body, "contractNumber");
        String document = text(body, "paymentDocument");
        BigDecimal amount;
        try {
            amount = new BigDecimal(String.valueOf(required(body, "amount")).trim());
        } catch (NumberFormatException notANumber) {
            throw new PaymentRefused(HttpStatus.BAD_REQUEST, "amount", "'amount' must be a number, e.g. 1100000.00.");
        }
        if (amount.signum() <= 0) {
            throw new PaymentRefused(HttpStatus.BAD_REQUEST, "amount", "'amount' must be more than 0.");
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
            // what the payment record keeps (DECIMAL(19, 2)) is what a repeat is compared with: no rounding
            throw new PaymentRefused(HttpStatus.BAD_REQUEST, "amount", "'amount' must have at most 2 decimals and be "
                    + "at most " + MAX_AMOUNT.toPlainString() + ".");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(String.valueOf(required(body, "date")).trim());
        } catch (DateTimeParseException notADate) {
            throw new PaymentRefused(HttpStatus.BAD_REQUEST, "date", "'date' must be a date such as 2026-11-23.");
        }
        if (date.isAfter(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneOffset.UTC).plusDays(1))) {
            throw new PaymentRefused(HttpStatus.BAD_REQUEST, "date", "'date' " + date + " is in the future: report a "
                    + "payment once the money has arrived.");
        }
        return new PaymentReport(contract, amount, date, document);
    }

    private static String text(Map<String, Object> body, String field) {
        Object value = required(body, field);
        String text = String.valueOf(value).trim();
        if (!(value instanceof String) || text.isEmpty() || text.length() > MAX_TEXT) {
            throw new PaymentRefused(HttpStatus.BAD_REQUEST, field, "'" + field + "' must be text of 1 to " + MAX_TEXT
                    + " characters.");
        }
        return text;
    }

    private static Object required(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            throw new PaymentRefused(HttpStatus.BAD_REQUEST, field, "'" + field + "' is required: send contractNumber, "
                    + "amount, date and paymentDocument.");
        }
        return value;
    }
}

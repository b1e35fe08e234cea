package com.dealstage.payments;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A payment report that cannot be recorded, with the status and the sentence accounting reads. */
final class PaymentRefused extends ErrorResponseException {

    PaymentRefused(HttpStatus status, String sentence) {
        super(status, ProblemDetail.forStatusAndDetail(status, sentence), null);
    }

    PaymentRefused(HttpStatus status, String field, String sentence) {
        this(status, sentence);
        getBody().setProperty("field", field);
    }
}

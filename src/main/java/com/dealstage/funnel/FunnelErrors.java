package com.dealstage.funnel;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The funnel's refusals as problem details naming what is wrong. */
final class FunnelErrors {

    private FunnelErrors() {
    }

    static ErrorResponseException badParameter(String parameter, String sentence) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, sentence);
        problem.setProperty("parameter", parameter);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    static ErrorResponseException forbidden(String sentence) {
        return new ErrorResponseException(HttpStatus.FORBIDDEN,
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, sentence), null);
    }
}

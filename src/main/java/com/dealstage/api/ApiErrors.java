package com.dealstage.api;

import com.dealstage.stagegate.StageGateViolation;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Engine exceptions as HTTP answers on /api: the caller learns what was wrong, never gets a stack trace. */
@RestControllerAdvice(basePackages = "com.dealstage")
class ApiErrors {

    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<?> engineError(ProcessEngineException exception) {
        StageGateViolation violation = StageGateViolation.findIn(exception);
        if (violation != null) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(ViolationResponse.of(violation));
        }
        return ResponseEntity.of(ProblemDetail.forStatusAndDetail(statusOf(exception), exception.getMessage())).build();
    }

    private static HttpStatus statusOf(ProcessEngineException exception) {
        if (exception instanceof AuthorizationException) {
            return HttpStatus.FORBIDDEN;
        }
        if (exception instanceof NotFoundException || exception instanceof NullValueException) {
            return HttpStatus.NOT_FOUND;
        }
        if (exception instanceof BadUserRequestException) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}

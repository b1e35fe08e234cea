package com.dealstage.api;

import com.dealstage.stagegate.StageGateViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure on /api as a ProblemDetail with a sentence: the gate's refusal 422 with its violations,
 * engine exceptions by their type (404, 409, 400, ...), our own input checks, Spring MVC's (unreadable
 * body, missing or malformed parameter) and, for anything unexpected, a 500 whose id is in the log.
 */
@RestControllerAdvice(basePackages = "com.dealstage")
class ApiErrors extends ResponseEntityExceptionHandler {

    private final CompletedTasks completedTasks;

    ApiErrors(CompletedTasks completedTasks) {
        this.completedTasks = completedTasks;
    }

    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<?> engineError(ProcessEngineException exception, HttpServletRequest request) {
        StageGateViolation violation = StageGateViolation.findIn(exception);
        if (violation != null) {
            ErrorAnswer meanwhile = completedTasks.refine(ErrorAnswer.of(409, "Conflict", EngineExceptions.CONFLICT),
                    request.getMethod(), request.getRequestURI());
            if ("TaskAlreadyCompleted".equals(meanwhile.type())) {
                // the loser of two completions meets the winner's data, not a missing field: say what happened
                return problem(meanwhile);
            }
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(ViolationResponse.of(violation));
        }
        ErrorAnswer answer = EngineExceptions.classify(exception);
        answer = completedTasks.refine(answer != null ? answer : ErrorAnswer.of(500, "ServerError", null),
                request.getMethod(), request.getRequestURI());
        return problem(answer.isServerError() ? serverError(exception, request) : answer);
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        return problem(refusal.answer());
    }

    /** Not ours to answer: Spring Security's and annotated exceptions keep their own handling. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException exception, HttpServletRequest request) {
        if (exception.getClass().getName().startsWith("org.springframework.security.")
                || AnnotatedElementUtils.hasAnnotation(exception.getClass(), ResponseStatus.class)) {
            throw exception;
        }
        if (EngineExceptions.concurrencyFailure(exception)) {
            return problem(completedTasks.refine(ErrorAnswer.conflict(EngineExceptions.CONFLICT), request.getMethod(),
                    request.getRequestURI()));
        }
        return problem(serverError(exception, request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JsonProcessingException json = EngineExceptions.find(exception, JsonProcessingException.class);
        ErrorAnswer answer = json != null ? JsonErrors.answer(json)
                : ErrorAnswer.badRequest("The request body is missing or unreadable; send a JSON object.");
        return handleExceptionInternal(exception, body(answer), headers, HttpStatusCode.valueOf(answer.status()), request);
    }

    private static ErrorAnswer serverError(Throwable exception, HttpServletRequest request) {
        return ServerErrors.unexpected(exception, request.getMethod() + " " + request.getRequestURI());
    }

    private static ResponseEntity<ProblemDetail> problem(ErrorAnswer answer) {
        return ResponseEntity.status(answer.status()).body(body(answer));
    }

    private static ProblemDetail body(ErrorAnswer answer) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(answer.status()), answer.message());
        if (answer.field() != null) {
            problem.setProperty("field", answer.field());
        }
        return problem;
    }
}

package com.dealstage.api;

import com.dealstage.clients.ClientHasOpenDeal;

import com.dealstage.stagegate.StageGateViolation;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ParamException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * One answer for every failure on Camunda's JAX-RS APIs (/engine-rest and Tasklist's engine API), in
 * Camunda's error shape {type, message[, code]} plus the field at fault. Camunda's own bodies stay where
 * clients rely on their details: authorization (the webapps read its type), parse and migration errors.
 */
final class EngineApiErrors {

    private final Supplier<CompletedTasks> completedTasks;

    EngineApiErrors(Supplier<CompletedTasks> completedTasks) {
        this.completedTasks = completedTasks;
    }

    Response toResponse(Throwable error) {
        StageGateViolation violation = StageGateViolation.findIn(error);
        HttpServletRequest current = currentRequest();
        ErrorAnswer meanwhile = violation == null || current == null ? null : completedTasks.get().refine(
                ErrorAnswer.of(409, "Conflict", EngineExceptions.CONFLICT), current.getMethod(), current.getRequestURI());
        if (meanwhile != null && "TaskAlreadyCompleted".equals(meanwhile.type())) {
            // the loser of two completions meets the winner's data, not a missing field: say what happened
            return render(meanwhile, null);
        }
        if (violation != null) {
            return Response.status(ErrorAnswer.UNPROCESSABLE).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ViolationResponse.of(violation)).build();
        }
        ClientHasOpenDeal duplicate = ClientHasOpenDeal.findIn(error);
        if (duplicate != null) {
            // a new lead for a client that is being sold to: name the open deal and its manager
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "ClientHasOpenDeal", "message", duplicate.getMessage(),
                            "openDealId", duplicate.openDealId(), "manager", String.valueOf(duplicate.manager()),
                            "clientId", duplicate.clientId())).build();
        }
        HttpServletRequest request = currentRequest();
        String method = request == null ? null : request.getMethod();
        String path = request == null ? null : request.getRequestURI();
        ErrorAnswer answer = classify(error);
        ErrorAnswer refined = completedTasks.get().refine(answer, method, path);
        if (refined == answer && camundaDetails(error)) {
            return ExceptionHandlerHelper.getInstance().getResponse(keptByCamunda(error));
        }
        if (refined.isServerError()) {
            refined = ServerErrors.unexpected(error, method + " " + path);
        }
        return render(refined, refined.status() < 500 ? code(error) : null);
    }

    private static ErrorAnswer classify(Throwable error) {
        // a body Jackson could not read; Camunda's own conversions wrap Jackson in a RestException with a better message
        JsonProcessingException json = EngineExceptions.find(error, JsonProcessingException.class);
        if (json != null && EngineExceptions.find(error, RestException.class) == null) {
            return JsonErrors.answer(json);
        }
        if (error instanceof WebApplicationException web && EngineExceptions.find(error, ProcessEngineException.class) == null) {
            return fromWebApplication(web);
        }
        ErrorAnswer answer = EngineExceptions.classify(error);
        return answer != null ? answer : ErrorAnswer.of(500, "ServerError", null);
    }

    private static ErrorAnswer fromWebApplication(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        if (web instanceof ParamException param) {
            return new ErrorAnswer(400, "InvalidRequest", "Parameter '" + param.getParameterName() + "' has an invalid value.",
                    param.getParameterName());
        }
        return switch (status) {
            case 404 -> ErrorAnswer.notFound("There is no resource at this address.");
            case 405 -> ErrorAnswer.of(405, "MethodNotAllowed", "This resource does not accept that HTTP method.");
            case 406 -> ErrorAnswer.of(406, "NotAcceptable", "This resource answers in JSON only.");
            case 415 -> ErrorAnswer.of(415, "UnsupportedMediaType", "Send the request body as application/json.");
            default -> status < 500 ? EngineExceptions.fromRest(status, web.getMessage()) : ErrorAnswer.of(500, "ServerError", null);
        };
    }

    /** Authorization, parse and migration answers carry details Camunda's clients read. */
    private static boolean camundaDetails(Throwable error) {
        return keptByCamunda(error) != null;
    }

    private static ProcessEngineException keptByCamunda(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthorizationException || t instanceof ParseException
                    || t instanceof MigrationPlanValidationException || t instanceof MigratingProcessInstanceValidationException) {
                return (ProcessEngineException) t;
            }
        }
        return null;
    }

    private static Integer code(Throwable error) {
        ProcessEngineException engine = EngineExceptions.find(error, ProcessEngineException.class);
        return engine == null || engine.getCode() == 0 ? null : engine.getCode();
    }

    static Response render(ErrorAnswer answer, Integer code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", answer.type());
        body.put("message", answer.message());
        if (code != null) {
            body.put("code", code);
        }
        if (answer.field() != null) {
            body.put("field", answer.field());
        }
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}

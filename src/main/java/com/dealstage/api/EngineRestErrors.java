package com.dealstage.api;

import com.dealstage.clients.ClientHasOpenDeal;
import com.dealstage.stagegate.StageGateViolation;
import java.util.Map;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * /engine-rest with the gate's refusals mapped to 422. Camunda wraps a listener's exception into a
 * 500; our mappers (priority 1, so they win over Camunda's own) look for the gate in the cause chain
 * and hand anything else back to Camunda's handlers unchanged.
 */
@Component
class EngineRestErrors extends CamundaJerseyResourceConfig {

    static final int UNPROCESSABLE = 422;

    @Override
    protected void registerAdditionalResources() {
        register(RestErrors.class);
        register(EngineErrors.class);
    }

    /** Issue 10: a new lead for a client with an open deal is a 409 naming that deal and its manager. */
    static Response conflict(ClientHasOpenDeal duplicate) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "ClientHasOpenDeal", "message", duplicate.getMessage(),
                        "openDealId", duplicate.openDealId(), "manager", String.valueOf(duplicate.manager()),
                        "clientId", duplicate.clientId()))
                .build();
    }

    static Response refusal(StageGateViolation violation) {
        return Response.status(UNPROCESSABLE).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ViolationResponse.of(violation)).build();
    }

    @Priority(1)
    public static class RestErrors implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            StageGateViolation violation = StageGateViolation.findIn(exception);
            ClientHasOpenDeal duplicate = ClientHasOpenDeal.findIn(exception);
            return violation != null ? refusal(violation)
                    : duplicate != null ? conflict(duplicate) : camunda.toResponse(exception);
        }
    }

    @Priority(1)
    public static class EngineErrors implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            StageGateViolation violation = StageGateViolation.findIn(exception);
            ClientHasOpenDeal duplicate = ClientHasOpenDeal.findIn(exception);
            return violation != null ? refusal(violation)
                    : duplicate != null ? conflict(duplicate) : camunda.toResponse(exception);
        }
    }
}

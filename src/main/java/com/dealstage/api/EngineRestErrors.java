package com.dealstage.api;

import com.dealstage.stagegate.StageGateProperties;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * /engine-rest with our error answers and input checks. Camunda and Jackson register mappers for these
 * exact exception types; ours carry priority 1, so they win, and turn every failure into a 4xx with a
 * sentence (or a generic 500 with an id in the log). The same components serve Tasklist's engine API.
 */
@Component
class EngineRestErrors extends CamundaJerseyResourceConfig {

    private final List<Object> components;

    /** Engine beans are looked up on first use: this configuration is built while the web server starts. */
    EngineRestErrors(ObjectProvider<CompletedTasks> completedTasks, ObjectProvider<ProcessEngine> engine,
            StageGateProperties limits) {
        this.components = components(completedTasks, engine, limits);
    }

    @Override
    protected void registerAdditionalResources() {
        components.forEach(this::register);
    }

    /** Mappers and the request check, as instances for a Jersey application. */
    static List<Object> components(ObjectProvider<CompletedTasks> completedTasks, ObjectProvider<ProcessEngine> engine,
            StageGateProperties limits) {
        EngineApiErrors errors = new EngineApiErrors(completedTasks::getObject);
        return List.of(new AnyError(errors), new EngineError(errors), new RestError(errors), new JsonMappingError(errors),
                new JsonParseError(errors), new VariableBodyCheck(engine::getObject, limits));
    }

    @Priority(1)
    public static final class AnyError implements ExceptionMapper<Throwable> {
        private final EngineApiErrors errors;

        AnyError(EngineApiErrors errors) {
            this.errors = errors;
        }

        @Override
        public Response toResponse(Throwable exception) {
            return errors.toResponse(exception);
        }
    }

    @Priority(1)
    public static final class EngineError implements ExceptionMapper<ProcessEngineException> {
        private final EngineApiErrors errors;

        EngineError(EngineApiErrors errors) {
            this.errors = errors;
        }

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return errors.toResponse(exception);
        }
    }

    @Priority(1)
    public static final class RestError implements ExceptionMapper<RestException> {
        private final EngineApiErrors errors;

        RestError(EngineApiErrors errors) {
            this.errors = errors;
        }

        @Override
        public Response toResponse(RestException exception) {
            return errors.toResponse(exception);
        }
    }

    @Priority(1)
    public static final class JsonMappingError implements ExceptionMapper<JsonMappingException> {
        private final EngineApiErrors errors;

        JsonMappingError(EngineApiErrors errors) {
            this.errors = errors;
        }

        @Override
        public Response toResponse(JsonMappingException exception) {
            return errors.toResponse(exception);
        }
    }

    @Priority(1)
    public static final class JsonParseError implements ExceptionMapper<JsonParseException> {
        private final EngineApiErrors errors;

        JsonParseError(EngineApiErrors errors) {
            this.errors = errors;
        }

        @Override
        public Response toResponse(JsonParseException exception) {
            return errors.toResponse(exception);
        }
    }
}

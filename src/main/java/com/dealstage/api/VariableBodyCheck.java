package com.dealstage.api;

import com.dealstage.stagegate.StageGateProperties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * Reads a JSON request body before Camunda's resources do and refuses, naming the field, what would
 * otherwise fail deep inside the engine: a {@code null} body, malformed JSON, a variable whose value
 * does not fit its type, a serialized Java object, a text longer than the database column.
 * Variables sit in Camunda's variable maps (variables, modifications, processVariables, ...), anywhere
 * in the body, or form the whole body of a PUT .../variables/{name}.
 */
final class VariableBodyCheck implements ContainerRequestFilter {

    private static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "processVariables",
            "processVariablesLocal", "processVariablesToTriggeredScope", "correlationKeys", "localCorrelationKeys",
            "localVariables");
    private static final Set<String> SINGLE_VARIABLE = Set.of("variables", "localVariables");

    private final ObjectMapper json = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
    private final Supplier<ProcessEngine> engine;
    private final int maxTextLength;
    private volatile SubmittedVariable variables;

    VariableBodyCheck(Supplier<ProcessEngine> engine, StageGateProperties limits) {
        this.engine = engine;
        this.maxTextLength = limits.maxTextLength();
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || request.getMediaType() == null
                || !request.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        ErrorAnswer refusal = check(body, singleVariableName(request));
        if (refusal != null) {
            request.abortWith(EngineApiErrors.render(refusal, null));
        }
    }

    private ErrorAnswer check(byte[] body, String singleVariable) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            return JsonErrors.answer(e);
        } catch (IOException e) {
            return ErrorAnswer.badRequest("The request body could not be read.");
        }
        if (root == null || root.isMissingNode()) {
            return null;
        }
        if (root.isNull()) {
            return ErrorAnswer.badRequest("The request body is null; send a JSON object.");
        }
        if (variables == null) {
            variables = new SubmittedVariable(engine.get(), json, maxTextLength);
        }
        return singleVariable != null ? variables.check(singleVariable, root) : walk(root);
    }

    private ErrorAnswer walk(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                ErrorAnswer refusal = walk(element);
                if (refusal != null) {
                    return refusal;
                }
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.isObject() ? node.fields() : List.<Map.Entry<String, JsonNode>>of().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            ErrorAnswer refusal = VARIABLE_MAPS.contains(field.getKey()) && field.getValue().isObject()
                    ? checkMap(field.getValue()) : walk(field.getValue());
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }

    private ErrorAnswer checkMap(JsonNode map) {
        Iterator<Map.Entry<String, JsonNode>> entries = map.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            ErrorAnswer refusal = variables.check(entry.getKey(), entry.getValue());
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }

    /** PUT .../variables/{name} and .../localVariables/{name} carry one variable as the whole body. */
    private static String singleVariableName(ContainerRequestContext request) {
        List<PathSegment> segments = request.getUriInfo().getPathSegments(true);
        int size = segments.size();
        if (!"PUT".equals(request.getMethod()) || size < 2 || !SINGLE_VARIABLE.contains(segments.get(size - 2).getPath())) {
            return null;
        }
        return segments.get(size - 1).getPath();
    }
}

package com.dealstage.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * One variable in Camunda's REST format ({value, type, valueInfo}), converted the way Camunda's resources
 * convert it, so a refusal names the variable instead of failing later without it. What the engine would
 * refuse anyway (a serialized Java object, a format it has no serializer for) and what the database would
 * refuse (text over its column length) is refused here with a 422.
 */
final class SubmittedVariable {

    private final ProcessEngine engine;
    private final ProcessEngineConfigurationImpl configuration;
    private final ObjectMapper json;
    private final int maxTextLength;

    SubmittedVariable(ProcessEngine engine, ObjectMapper json, int maxTextLength) {
        this.engine = engine;
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.json = json;
        this.maxTextLength = maxTextLength;
    }

    ErrorAnswer check(String name, JsonNode node) {
        if (!node.isObject()) {
            return ErrorAnswer.invalidVariable(400, name, "Variable '" + name
                    + "' must be a JSON object such as {\"value\": \"text\", \"type\": \"String\"}.");
        }
        TypedValue value;
        try {
            value = json.treeToValue(node, VariableValueDto.class).toTypedValue(engine, json);
        } catch (JsonProcessingException e) {
            return ErrorAnswer.invalidVariable(400, name, "Variable '" + name
                    + "' must look like {\"value\": ..., \"type\": \"String\", \"valueInfo\": {...}}.");
        } catch (RuntimeException e) {
            return ErrorAnswer.invalidVariable(400, name, "Variable '" + name + "': "
                    + Sentences.cleanOr(e.getMessage(), "its value does not fit its type.") + dateHint(node));
        }
        if (value instanceof SerializableValue serialized && !serialized.isDeserialized()) {
            return checkSerialized(name, serialized);
        }
        if (value.getValue() instanceof String text && text.length() > maxTextLength) {
            return ErrorAnswer.invalidVariable(ErrorAnswer.UNPROCESSABLE, name, String.format(
                    "Variable '%s' is %,d characters long; at most %,d can be stored.", name, text.length(), maxTextLength));
        }
        return null;
    }

    private ErrorAnswer checkSerialized(String name, SerializableValue value) {
        String format = value.getSerializationDataFormat() != null ? value.getSerializationDataFormat()
                : configuration.getDefaultSerializationFormat();
        if (SerializationDataFormats.JAVA.getName().equals(format) && !configuration.isJavaSerializationFormatEnabled()) {
            return ErrorAnswer.invalidVariable(ErrorAnswer.UNPROCESSABLE, name,
                    "Variable '" + name + "' is a serialized Java object; such values are not accepted.");
        }
        try {
            // the serializer look-up needs an engine context; it touches no table
            configuration.getCommandExecutorTxRequired().execute(context -> configuration.getVariableSerializers()
                    .findSerializerForValue(value, configuration.getFallbackSerializerFactory()));
            return null;
        } catch (ProcessEngineException e) {
            return ErrorAnswer.invalidVariable(ErrorAnswer.UNPROCESSABLE, name,
                    "Variable '" + name + "' is in a format that cannot be stored (" + format + ").");
        }
    }

    private static String dateHint(JsonNode node) {
        return "Date".equalsIgnoreCase(node.path("type").asText())
                ? " Dates look like " + JacksonConfigurator.DEFAULT_DATE_FORMAT.replace("'", "") + ", e.g. 2026-12-01T10:00:00.000+0000."
                : "";
    }
}

package com.dealstage.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Jackson's complaints about a request body in the caller's words: where in the JSON, and what was expected. */
final class JsonErrors {

    private JsonErrors() {
    }

    static ErrorAnswer answer(JsonProcessingException error) {
        if (EngineExceptions.find(error, StreamConstraintsException.class) != null) {
            return ErrorAnswer.tooLarge("A value in the request body is too large.");
        }
        if (error instanceof JsonParseException || !(error instanceof JsonMappingException mapping)) {
            return ErrorAnswer.badRequest("The request body is not valid JSON" + where(error.getLocation()) + ".");
        }
        String path = path(mapping);
        if (path.isEmpty()) {
            return ErrorAnswer.badRequest("The request body must be a JSON object.");
        }
        return new ErrorAnswer(400, "InvalidRequest", "The value of '" + path + "' in the request body has the wrong form"
                + expected(mapping) + ".", path);
    }

    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expected(JsonMappingException mapping) {
        if (!(mapping instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch)
                || mismatch.getTargetType() == null) {
            return "";
        }
        Class<?> target = mismatch.getTargetType();
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return ": expected a JSON array";
        }
        if (CharSequence.class.isAssignableFrom(target)) {
            return ": expected text";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return ": expected a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return ": expected true or false";
        }
        return Map.class.isAssignableFrom(target) || !target.getName().startsWith("java.")
                ? ": expected a JSON object" + (target.getSimpleName().equals("VariableValueDto")
                        ? " such as {\"value\": \"text\", \"type\": \"String\"}" : "")
                : "";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}

package com.dealstage.api;

import com.dealstage.stagegate.StageGateProperties;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Stage data arrives as flat JSON: text, numbers, booleans; nested objects have no meaning for a stage.
 * A text longer than can be stored, or a number beyond what the engine stores as a number, is refused
 * here, naming the field, rather than failing in the database.
 */
@Component
public class StageValues {

    private final int maxTextLength;

    StageValues(StageGateProperties limits) {
        this.maxTextLength = limits.maxTextLength();
    }

    public Map<String, Object> checked(Map<String, Object> values) {
        if (values == null) {
            throw refusal(400, null, "The request body must be a JSON object of stage fields.");
        }
        List<String> nested = values.entrySet().stream()
                .filter(e -> e.getValue() instanceof Map || e.getValue() instanceof List)
                .map(Map.Entry::getKey).sorted().toList();
        if (!nested.isEmpty()) {
            throw refusal(400, nested.get(0), "Fields must be text, numbers or true/false; not allowed: " + nested);
        }
        values.forEach(this::check);
        return values;
    }

    private void check(String field, Object value) {
        if (value instanceof String text && text.length() > maxTextLength) {
            throw refusal(ErrorAnswer.UNPROCESSABLE, field, String.format(
                    "Field '%s' is %,d characters long; at most %,d can be stored.", field, text.length(), maxTextLength));
        }
        if (value instanceof BigInteger || value instanceof BigDecimal
                || value instanceof Double number && !Double.isFinite(number)) {
            throw refusal(ErrorAnswer.UNPROCESSABLE, field, "Field '" + field + "' is a number too large to store.");
        }
    }

    private static Refusal refusal(int status, String field, String message) {
        return new Refusal(new ErrorAnswer(status, "InvalidInput", message, field));
    }
}

package com.dealstage.deployment;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/**
 * One reason a deployment is refused, in Camunda's own problem shape: /engine-rest reports it as it reports a parse
 * error (400, {@code details.<resource>.errors[]} with message, line, column and element id), and Modeler shows it.
 */
record Refusal(String message, String elementId, int line, int column) implements Problem {

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public String getMainElementId() {
        return elementId;
    }

    @Override
    public List<String> getElementIds() {
        return elementId == null ? List.of() : List.of(elementId);
    }

    @Override
    public String toString() {
        return (elementId == null ? "" : "element '" + elementId + "': ") + message;
    }
}

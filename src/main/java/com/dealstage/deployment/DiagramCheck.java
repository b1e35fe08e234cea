package com.dealstage.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Walks a BPMN file's XML and refuses whatever runs code of the diagram's own choosing on the server. Names are
 * compared without their namespace prefix, so that {@code camunda:class}, {@code activiti:class} (which the engine
 * still reads) and a listener's plain {@code class} are all caught whatever prefix a file declares.
 */
final class DiagramCheck {

    private static final String CODE = " run code of the diagram's choosing on the server";
    private static final Map<String, String> ELEMENTS = Map.of(
            "scriptTask", "script tasks" + CODE,
            "script", "scripts (in listeners, conditions or input/output mappings)" + CODE,
            "connector", "connectors make the server call other systems");
    private static final Map<String, String> ATTRIBUTES = Map.of(
            "class", "Java classes (camunda:class)" + CODE + "; use a building block",
            "language", "conditions in a script language" + CODE,
            "resource", "external resources (camunda:resource) load code from outside the diagram",
            "decisionRef", "decision tables (DMN) are not deployable here",
            "caseRef", "cases (CMMN) are not deployable here");
    /** Text read by people, never evaluated by the engine. */
    private static final Set<String> PROSE = Set.of("documentation", "text");

    private final ExpressionCheck expressions;

    DiagramCheck(ExpressionCheck expressions) {
        this.expressions = expressions;
    }

    List<Refusal> refusals(Element definitions) {
        List<Refusal> refusals = new ArrayList<>();
        visit(definitions, "", null, refusals);
        return refusals;
    }

    private void visit(Element element, String parent, String enclosingId, List<Refusal> refusals) {
        String name = localName(element.getTagName());
        String id = element.attribute("id") != null ? element.attribute("id") : enclosingId;
        if (name.equals("script") && parent.equals("scriptTask")) {
            return; // the script task itself is refused already
        }
        if (ELEMENTS.containsKey(name)) {
            refusals.add(refusal(ELEMENTS.get(name), id, element));
        }
        for (String key : element.attributes()) {
            if (key.startsWith("xmlns")) {
                continue;
            }
            String attribute = localName(key);
            String value = element.attribute(key);
            if (ATTRIBUTES.containsKey(attribute) || attribute.endsWith("Class")) {
                String reason = ATTRIBUTES.getOrDefault(attribute, "Java classes (camunda:" + attribute + ")" + CODE);
                refusals.add(refusal(reason + " (" + attribute + "=\"" + value + "\")", id, element));
            } else if (ExpressionCheck.isExpression(value)) {
                check(attribute + "=\"" + value + "\"", value, id, element, refusals);
            }
        }
        if (name.equals("constraint") && "validator".equals(element.attribute("name"))
                && !ExpressionCheck.isExpression(element.attribute("config"))) {
            refusals.add(refusal("form field validators given by class name" + CODE, id, element));
        }
        String text = element.getText().strip();
        if (!PROSE.contains(name) && ExpressionCheck.isExpression(text)) {
            check(name + " " + text, text, id, element, refusals);
        }
        for (Element child : element.elements()) {
            visit(child, name, id, refusals);
        }
    }

    private void check(String where, String expression, String id, Element element, List<Refusal> refusals) {
        for (String reason : expressions.refusals(expression)) {
            refusals.add(refusal(where + ": " + reason, id, element));
        }
    }

    private static Refusal refusal(String message, String id, Element element) {
        return new Refusal(message, id, element.getLine(), element.getColumn());
    }

    private static String localName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf(':') + 1); // "prefix:name" or "namespace-uri:name"
    }
}

package com.dealstage.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Reads an expression with the engine's own JUEL parser and says what in it a diagram may not do. Allowed: process
 * variables, the building blocks and calls of their methods, the engine's functions, literals and operators.
 * Everything that reaches further (method calls on anything else, the engine's objects, other beans, reflection)
 * is named with a reason. Regular expressions could not see through nesting, brackets or string tricks; the tree can.
 */
final class ExpressionCheck {

    /** What the engine's resolvers hand to an expression besides variables: its internal objects. */
    private static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "externalTask", "caseExecution",
            "variableContext");
    /** The engine's functions (Tasklist filters use them too); none reaches further than a date or the user. */
    private static final List<String> FUNCTIONS = List.of("currentUser", "currentUserGroups", "now", "dateTime");
    static final Set<String> REFLECTION = Set.of("class", "getClass", "classLoader", "getClassLoader",
            "declaringClass", "getDeclaringClass", "module", "getModule", "forName", "newInstance", "invoke");
    private static final Builder JUEL = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private final BuildingBlocks blocks;
    private final Predicate<String> unpublishedBean;

    /** @param unpublishedBean true for the name of an application bean that is not a building block */
    ExpressionCheck(BuildingBlocks blocks, Predicate<String> unpublishedBean) {
        this.blocks = blocks;
        this.unpublishedBean = unpublishedBean;
    }

    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** @return why the expression is refused; empty when it is allowed */
    List<String> refusals(String expression) {
        List<String> refusals = new ArrayList<>();
        try {
            visit(JUEL.build(expression).getRoot(), refusals);
        } catch (TreeBuilderException e) {
            refusals.add("is not a valid expression: " + e.getMessage());
        }
        return refusals;
    }

    private void visit(Node node, List<String> refusals) {
        if (node instanceof AstMethod method) {
            visitMethod(method, refusals);
            return;
        }
        if (node instanceof AstIdentifier identifier) {
            visitName(identifier.getName(), refusals);
        } else if (node instanceof AstFunction function && !FUNCTIONS.contains(function.getName())) {
            refusals.add("function '" + function.getName() + "' is not available; the engine offers "
                    + String.join(", ", FUNCTIONS));
        } else if (node instanceof AstDot || node instanceof AstBracket) {
            String property = propertyName(node);
            if (property == null) {
                refusals.add("a property name computed at run time ([...] with a non-literal key) is not allowed");
            } else if (REFLECTION.contains(property)) {
                refusals.add("'" + property + "' reaches Java reflection");
            }
        }
        visitChildren(node, 0, refusals);
    }

    private void visitName(String name, List<String> refusals) {
        if (why(name) != null) {
            refusals.add("'" + name + "' is " + why(name) + "; diagrams use process variables and the building "
                    + "blocks (" + blocks + ")");
        }
    }

    /** A call is allowed only as {@code block.method(...)} on a published building block. */
    private void visitMethod(AstMethod method, List<String> refusals) {
        Node property = method.getChild(0);
        Node target = property.getChild(0);
        String name = propertyName(property);
        if (name == null || REFLECTION.contains(name)) {
            refusals.add("method call '" + (name == null ? "[...]" : name) + "' reaches Java reflection");
        } else if (!(target instanceof AstIdentifier identifier && blocks.contains(identifier.getName()))) {
            refusals.add("calls method '" + name + "' on " + describe(target) + "; only the building blocks may be "
                    + "called (" + blocks + ")");
        }
        visitChildren(property, 1, refusals);
        if (!(target instanceof AstIdentifier)) { // a named target is judged by the call itself, reported once
            visit(target, refusals);
        }
        visit(method.getChild(1), refusals);
    }

    private void visitChildren(Node node, int from, List<String> refusals) {
        for (int i = from; i < node.getCardinality(); i++) {
            visit(node.getChild(i), refusals);
        }
    }

    /** The property a dot or bracket names, or null when a bracket computes it at run time. */
    private static String propertyName(Node node) {
        if (node instanceof AstDot) {
            return node.toString().substring(2); // AstDot prints ". name"; the name itself is not exposed
        }
        Node key = node.getChild(1);
        if (key instanceof AstString || key instanceof AstNumber) {
            return String.valueOf(((org.camunda.bpm.impl.juel.AstNode) key).eval(null, null));
        }
        return null;
    }

    private String describe(Node target) {
        if (target instanceof AstIdentifier identifier) {
            String why = why(identifier.getName());
            return "'" + identifier.getName() + "'" + (why == null ? "" : " (" + why + ")");
        }
        return target instanceof AstString ? "a text literal" : "a computed value";
    }

    /** Why a name may not appear at all, or null when it is a building block or a process variable. */
    private String why(String name) {
        if (ENGINE_OBJECTS.contains(name)) {
            return "the engine's internal object";
        }
        return unpublishedBean.test(name) ? "an application bean not published for diagrams" : null;
    }
}

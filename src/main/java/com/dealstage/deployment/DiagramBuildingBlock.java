package com.dealstage.deployment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean that diagrams may name in expressions and delegate expressions, under its bean name
 * ({@code camunda:delegateExpression="${recontactPlanner}"}). Expressions see these beans and nothing else of the
 * application, and a deployment naming any other bean is refused: publishing a bean here is a decision to let
 * process owners run it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface DiagramBuildingBlock {
}

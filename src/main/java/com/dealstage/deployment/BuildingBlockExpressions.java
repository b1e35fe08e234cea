package com.dealstage.deployment;

import java.util.Map;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expression manager: variables, then the building blocks and nothing else of the application (the
 * Spring starter's default resolves every bean of the context). Besides the deployment check, reflection is refused
 * while evaluating too, for expressions that never pass a deployment (stored Tasklist filter queries).
 */
final class BuildingBlockExpressions extends JuelExpressionManager {

    /** @param buildingBlocks bean name to bean, read-only for expressions */
    BuildingBlockExpressions(Map<Object, Object> buildingBlocks) {
        super(buildingBlocks);
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new ReadOnlyMapELResolver(beans));
        resolver.add(new ArrayELResolver());
        resolver.add(new ListELResolver());
        resolver.add(new MapELResolver());
        resolver.add(new WithoutReflection());
        return resolver;
    }

    /** Properties and methods of plain objects, except the ways into Java reflection. */
    static final class WithoutReflection extends BeanELResolver {

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            refuseReflection(base, property);
            return super.getValue(context, base, property);
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            refuseReflection(base, property);
            super.setValue(context, base, property, value);
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
            refuseReflection(base, method);
            return super.invoke(context, base, method, types, params);
        }

        private static void refuseReflection(Object base, Object name) {
            if (base != null && (ExpressionCheck.REFLECTION.contains(String.valueOf(name)) || base instanceof Class
                    || base instanceof ClassLoader || base instanceof Module)) {
                throw new ELException("Expressions may not use Java reflection ('" + name + "')");
            }
        }
    }
}

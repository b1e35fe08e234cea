package com.dealstage.deployment;

import java.util.AbstractMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.BeanFactory;

/**
 * The building blocks as the map the engine's expressions resolve names in. Beans are looked up when an expression
 * first names them, not while the engine is built: a building block may itself need the engine's services.
 */
final class PublishedBeans extends AbstractMap<Object, Object> {

    private final BuildingBlocks blocks;
    private final BeanFactory beans;

    PublishedBeans(BuildingBlocks blocks, BeanFactory beans) {
        this.blocks = blocks;
        this.beans = beans;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String bean && blocks.contains(bean);
    }

    @Override
    public Object get(Object name) {
        return containsKey(name) ? beans.getBean((String) name) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return blocks.names().stream().map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(
                name, beans.getBean(name))).collect(Collectors.toSet());
    }
}

package com.dealstage.deployment;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** The bean names of the {@link DiagramBuildingBlock}s: the only beans diagrams may name or call. */
public record BuildingBlocks(Set<String> names) {

    static final String BASE_PACKAGE = "com.dealstage";

    public BuildingBlocks {
        names = Set.copyOf(names);
    }

    public boolean contains(String name) {
        return names.contains(name);
    }

    /** Read from the bean definitions, so that no bean is created early while the engine is being built. */
    static BuildingBlocks in(ConfigurableListableBeanFactory beans) {
        Set<String> names = new TreeSet<>();
        for (String name : beans.getBeanDefinitionNames()) {
            if (beans.findAnnotationOnBean(name, DiagramBuildingBlock.class, false) != null) {
                names.add(name);
            }
        }
        return new BuildingBlocks(names);
    }

    /** The same names without a Spring context (plain engine tests): the annotated components on the classpath. */
    public static BuildingBlocks onClasspath() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(DiagramBuildingBlock.class));
        AnnotationBeanNameGenerator beanNames = AnnotationBeanNameGenerator.INSTANCE;
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        Set<String> names = new TreeSet<>();
        scanner.findCandidateComponents(BASE_PACKAGE).forEach(definition ->
                names.add(beanNames.generateBeanName((AnnotatedBeanDefinition) definition, registry)));
        return new BuildingBlocks(names);
    }

    @Override
    public String toString() {
        return String.join(", ", new TreeSet<>(names));
    }
}

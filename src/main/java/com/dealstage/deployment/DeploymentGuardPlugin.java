package com.dealstage.deployment;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

/**
 * Installs the deployment check as the engine's first deployer and gives expressions exactly the building blocks.
 * Public so that plain engine tests build their engines with the same check ({@link #forPlainEngine}).
 */
public final class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

    private final DeploymentGuard guard;
    private final Map<Object, Object> buildingBlocks;

    DeploymentGuardPlugin(BuildingBlocks blocks, Map<Object, Object> buildingBlocks, Predicate<String> unpublishedBean) {
        this.guard = new DeploymentGuard(new DiagramCheck(new ExpressionCheck(blocks, unpublishedBean)));
        this.buildingBlocks = buildingBlocks;
    }

    /**
     * For an engine without Spring: the building blocks are the annotated classes on the classpath, and
     * {@code beans} (what expressions resolve names to) may hold building blocks only, as in the application.
     */
    public static DeploymentGuardPlugin forPlainEngine(Map<Object, Object> beans) {
        BuildingBlocks blocks = BuildingBlocks.onClasspath();
        TreeSet<String> unpublished = new TreeSet<>();
        beans.keySet().stream().map(String::valueOf).filter(name -> !blocks.contains(name)).forEach(unpublished::add);
        if (!unpublished.isEmpty()) {
            throw new IllegalArgumentException("Not building blocks (@DiagramBuildingBlock): " + unpublished
                    + "; diagrams may name only " + blocks);
        }
        return new DeploymentGuardPlugin(blocks, beans, name -> false);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setBeans(buildingBlocks);
        configuration.setExpressionManager(new BuildingBlockExpressions(buildingBlocks));
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<Deployer>());
        }
        configuration.getCustomPreDeployers().add(0, guard);
    }
}

package com.dealstage.testsupport;

import com.dealstage.deployment.DeploymentGuardPlugin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * Plain Camunda engines for process tests: no Spring, the same settings as the application, including its
 * deployment check and expression manager: expressions resolve building blocks only, so {@code beans} may hold
 * nothing else.
 */
public final class TestEngines {

    private TestEngines() {
    }

    public static ProcessEngine inMemory(ProcessEnginePlugin... plugins) {
        return inMemory(Map.of(), plugins);
    }

    /** @param beans what expressions such as {@code ${recontactPlanner}} resolve to, as Spring beans do in the app */
    public static ProcessEngine inMemory(Map<Object, Object> beans, ProcessEnginePlugin... plugins) {
        return build("jdbc:h2:mem:engine-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", beans, plugins);
    }

    /** An engine on an H2 file: building a second one on the same file is a restart. */
    public static ProcessEngine onFile(Path databaseFile, ProcessEnginePlugin... plugins) {
        return build("jdbc:h2:file:" + databaseFile.toAbsolutePath(), Map.of(), plugins);
    }

    /**
     * The same engine without the deployment check: its expressions resolve {@code beans} of any kind, as a diagram
     * the application would refuse needs (to show what another layer stops if that check were ever bypassed).
     */
    public static ProcessEngine inMemoryWithoutDeploymentCheck(Map<Object, Object> beans,
            ProcessEnginePlugin... plugins) {
        ProcessEngineConfigurationImpl configuration = configuration(
                "jdbc:h2:mem:engine-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setBeans(beans);
        configuration.setProcessEnginePlugins(List.of(plugins));
        return configuration.buildProcessEngine();
    }

    /**
     * Adds what expressions resolve to after the engine is built, for beans that need the engine themselves (the
     * deal facade starts deals through it): the engine's bean map is read at every expression evaluation.
     */
    public static void addBeans(ProcessEngine engine, Map<String, ?> beans) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans().putAll(beans);
    }

    private static ProcessEngine build(String jdbcUrl, Map<Object, Object> beans, ProcessEnginePlugin... plugins) {
        ProcessEngineConfigurationImpl configuration = configuration(jdbcUrl);
        List<ProcessEnginePlugin> allPlugins = new ArrayList<>(List.of(plugins));
        allPlugins.add(DeploymentGuardPlugin.forPlainEngine(new HashMap<>(beans)));
        configuration.setProcessEnginePlugins(allPlugins);
        return configuration.buildProcessEngine();
    }

    private static ProcessEngineConfigurationImpl configuration(String jdbcUrl) {
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("test-" + UUID.randomUUID());
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcUsername("sa");
        configuration.setJdbcPassword("");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setHistoryTimeToLive("P365D");
        // as application.yaml: the design's group ids (sales-managers, ...) contain hyphens
        configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9-]+");
        return configuration;
    }
}

package com.dealstage.benchmark;

import com.dealstage.deployment.DeploymentGuardPlugin;
import com.dealstage.deployment.ProcessFolderDeployer;
import com.dealstage.rules.RuleEngine;
import com.dealstage.stagegate.StageGatePlugin;
import com.dealstage.survey.AfterSalesTestEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * A plain Camunda engine on a database of its own (fresh H2 in memory, or a fresh PostgreSQL database), history
 * level full as in the app, processes/ deployed as the app deploys it; with or without the stage gate. Bare
 * Camunda is this engine without the gate: the after-sales beans are wired on both (the pipeline calls them).
 */
final class BenchEngine {

    /**
     * One rule base for every engine, as the application keeps one: a KieBase built per run would make every run
     * of the gate-on side pay Drools' first evaluations (its constraints are compiled after repeated use) again.
     */
    private static final RuleEngine RULES = RuleEngine.fromDirectory(Path.of("rules"));

    private BenchEngine() {
    }

    static ProcessEngine build(String jdbcUrl, String user, String password, boolean gate) {
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench-" + UUID.randomUUID());
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        configuration.setJdbcMaxActiveConnections(20);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setHistoryTimeToLive("P365D");
        List<ProcessEnginePlugin> plugins = new ArrayList<>();
        RuleEngine rules = RULES;
        if (gate) {
            plugins.add(new StageGatePlugin(rules));
        }
        plugins.add(DeploymentGuardPlugin.forPlainEngine(new HashMap<>()));
        configuration.setProcessEnginePlugins(plugins);
        ProcessEngine engine = configuration.buildProcessEngine();
        AfterSalesTestEngine.wire(engine, rules);
        new ProcessFolderDeployer(engine.getRepositoryService()).deploy(Path.of("processes"));
        return engine;
    }

    static ProcessEngine h2(boolean gate) {
        return build("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", gate);
    }

    static DataSource dataSource(ProcessEngine engine) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    }
}

package com.dealstage.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/** Plain Camunda engines for process tests: no Spring, the same settings as the application. */
public final class TestEngines {

    private TestEngines() {
    }

    public static ProcessEngine inMemory(ProcessEnginePlugin... plugins) {
        return build("jdbc:h2:mem:engine-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", plugins);
    }

    /** An engine on an H2 file: building a second one on the same file is a restart. */
    public static ProcessEngine onFile(Path databaseFile, ProcessEnginePlugin... plugins) {
        return build("jdbc:h2:file:" + databaseFile.toAbsolutePath(), plugins);
    }

    private static ProcessEngine build(String jdbcUrl, ProcessEnginePlugin... plugins) {
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("test-" + UUID.randomUUID());
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcUsername("sa");
        configuration.setJdbcPassword("");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setHistoryTimeToLive("P365D");
        configuration.setProcessEnginePlugins(new ArrayList<>(List.of(plugins)));
        return configuration.buildProcessEngine();
    }
}

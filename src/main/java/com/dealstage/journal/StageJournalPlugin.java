package com.dealstage.journal;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Installs the journal's listeners and its per-command writer into the engine. The application installs it (its
 * database has the table, migrated by Flyway); bare test engines without the project's tables do not.
 */
final class StageJournalPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new JournalParseListener());
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<SessionFactory>());
        }
        configuration.getCustomSessionFactories().add(new JournalWritesFactory());
    }
}

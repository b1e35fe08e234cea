package com.dealstage.deployment;

import com.dealstage.rules.RuleEngine;
import org.springframework.beans.factory.InitializingBean;

/**
 * Deploys processes/ once the engine is up, before the application takes requests, and again on every change the
 * watcher sees; after each pass the rules are checked against what is now deployed. A missing or empty folder stops
 * the start (a configuration mistake); a file the engine refuses does not: its previous version keeps running and
 * the refusal shows in /api/processes/status and in health.
 */
class ProcessFolderDeployment implements InitializingBean {

    private final ProcessFolderSync sync;
    private final ProcessFolderState state;
    private final ProcessesProperties properties;
    private final RuleEngine ruleEngine;

    ProcessFolderDeployment(ProcessFolderSync sync, ProcessFolderState state, ProcessesProperties properties,
            RuleEngine ruleEngine) {
        this.sync = sync;
        this.state = state;
        this.properties = properties;
        this.ruleEngine = ruleEngine;
    }

    @Override
    public void afterPropertiesSet() {
        state.record(sync.sync(properties.path()));
        ruleEngine.refreshWarnings();
    }

    /** A pass after an edit; never throws, so that the watcher keeps watching. */
    void redeploy() {
        try {
            state.record(sync.sync(properties.path()));
        }
        catch (RuntimeException ex) {
            state.failed(properties.path().toString(), ex);
        }
        ruleEngine.refreshWarnings();
    }
}

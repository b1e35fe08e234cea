package com.dealstage.benchmark;

import com.dealstage.deployment.ProcessFolderDeployer;
import com.dealstage.rules.RuleEngine;
import com.dealstage.stagegate.StageGatePlugin;
import com.dealstage.survey.AfterSalesTestEngine;
import com.dealstage.testsupport.TestEngines;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;

/**
 * Plain engines on their own in-memory H2 with the application's settings (TestEngines), with
 * processes/ deployed as the app deploys it. Engines compared with each other differ only in
 * their plugins.
 */
final class PipelineEngines {

    static final Path RULES = Path.of("rules");
    static final Path PROCESSES = Path.of("processes");

    private PipelineEngines() {
    }

    static ProcessEngine gateOn() {
        return deployed(new StageGatePlugin(RuleEngine.fromDirectory(RULES)));
    }

    static ProcessEngine gateOff() {
        return deployed();
    }

    static ProcessEngine deployed(ProcessEnginePlugin... plugins) {
        // after fulfilmentActs the pipeline hands over to after-sales, which needs its beans
        ProcessEngine engine = TestEngines.inMemory(plugins);
        AfterSalesTestEngine.wire(engine, RuleEngine.fromDirectory(RULES));
        new ProcessFolderDeployer(engine.getRepositoryService()).deploy(PROCESSES);
        return engine;
    }
}

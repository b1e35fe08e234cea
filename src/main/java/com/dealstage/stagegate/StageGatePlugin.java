package com.dealstage.stagegate;

import com.dealstage.rules.RuleEngine;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Installs the stage gate into the engine; public so plain engine tests can install it too. */
public final class StageGatePlugin extends AbstractProcessEnginePlugin {

    private final RuleEngine rules;

    public StageGatePlugin(RuleEngine rules) {
        this.rules = rules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<BpmnParseListener>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new StageGateParseListener(new StageGate(rules)));
    }
}

package com.dealstage.operations;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** Installs the counters into the engine: built-in listeners (which skipCustomListeners cannot skip) and refusals. */
@Component
class MeteringPlugin extends AbstractProcessEnginePlugin {

    private final StageMeters meters;

    MeteringPlugin(MeterRegistry registry) {
        this.meters = new StageMeters(registry);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new MeteringParseListener(meters));
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<CommandInterceptor>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new RefusalCounting(meters));
    }
}

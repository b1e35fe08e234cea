package com.dealstage.stagegate;

import com.dealstage.rules.RuleEngine;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Installs the stage gate into the engine: the parse listener (entry, completion, start), the guard on every
 * stored variable change, and the per-command state both share. Public so plain engine tests install it too.
 */
public final class StageGatePlugin extends AbstractProcessEnginePlugin {

    /** Camunda stores text in a 4,000-character column; longer text would fail in the database. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 4000;

    private final RuleEngine rules;
    private final StageFields fields;
    private final int maxTextLength;
    private StageDataGuard guard;
    private HistoryWithoutGateMemory writer;

    public StageGatePlugin(RuleEngine rules) {
        this(rules, new StageFields(rules), DEFAULT_MAX_TEXT_LENGTH);
    }

    StageGatePlugin(RuleEngine rules, StageFields fields, int maxTextLength) {
        this.rules = rules;
        this.fields = fields;
        this.maxTextLength = maxTextLength;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<BpmnParseListener>());
        }
        StageGate gate = new StageGate(rules, fields);
        configuration.getCustomPreBPMNParseListeners().add(new StageGateParseListener(gate));
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new ArrayList<HistoryEventHandler>());
        }
        configuration.getCustomHistoryEventHandlers().add(guard = new StageDataGuard(new OpenStages(fields), gate,
                maxTextLength));
        // the database writer of history, without the gate's memory (see HistoryWithoutGateMemory)
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.getCustomHistoryEventHandlers().add(writer = new HistoryWithoutGateMemory());
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<CommandInterceptor>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new GuardCommandInterceptor());
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<CommandInterceptor>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new GuardCommandEnd());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDelegateInterceptor(new TrustedDelegates(configuration.getDelegateInterceptor()));
        HistoryLevel level = configuration.getHistoryLevel();
        if (level != null && level.getId() < HistoryLevel.HISTORY_LEVEL_AUDIT.getId()) {
            // the guard sees variable changes through history events; below 'audit' it would see none
            throw new IllegalStateException("The stage gate needs camunda.bpm.history-level 'audit' or 'full', not '"
                    + level.getName() + "'.");
        }
        ensureHistoryHandlersInForce(configuration);
    }

    /**
     * Camunda builds its history handler from the custom list only when no handler was set outright, and adds its
     * own database writer when that is enabled: another plugin doing either would silently drop the data guard (or
     * write history twice), so the engine refuses to start instead.
     */
    private void ensureHistoryHandlersInForce(ProcessEngineConfigurationImpl configuration) {
        HistoryEventHandler inForce = configuration.getHistoryEventHandler();
        boolean ours = inForce != null && inForce.getClass() == CompositeHistoryEventHandler.class
                && !configuration.isEnableDefaultDbHistoryEventHandler()
                && configuration.getCustomHistoryEventHandlers().contains(guard)
                && configuration.getCustomHistoryEventHandlers().contains(writer);
        if (!ours) {
            throw new IllegalStateException("The stage gate's history handlers are not in force (history handler "
                    + (inForce == null ? "none" : inForce.getClass().getName()) + ", default database writer "
                    + (configuration.isEnableDefaultDbHistoryEventHandler() ? "on" : "off") + "): another plugin "
                    + "set the history handler or re-enabled the default writer. Add history handlers through "
                    + "customHistoryEventHandlers instead.");
        }
    }
}

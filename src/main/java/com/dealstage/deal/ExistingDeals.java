package com.dealstage.deal;

import com.dealstage.clients.Client;
import com.dealstage.clients.ClientIdentity;
import com.dealstage.clients.Clients;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deals started before the client table existed get their client once, at startup: a client_deal link for every
 * deal in Camunda's history, and the {@code clientId} variable on every running deal (so the open-deal check sees
 * them). Idempotent: deals that have both are left alone, and when every deal has them (two counts say so) nothing
 * is read at all. The variable is written as the app's own engine code, like a diagram delegate writes.
 */
@Component
class ExistingDeals {

    private static final Logger log = LoggerFactory.getLogger(ExistingDeals.class);
    private static final int PAGE = 500;
    private final ProcessEngineConfigurationImpl engine;
    private final Clients clients;

    ExistingDeals(ProcessEngine engine, Clients clients) {
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.clients = clients;
    }

    @EventListener(ApplicationReadyEvent.class)
    void linkToClients() {
        int linked = engine.getCommandExecutorTxRequired().execute(command -> command.runWithoutAuthorization(() ->
                allLinked() ? 0 : link(command)));
        if (linked > 0) {
            log.info("Linked {} deals started before the client table to their clients.", linked);
        }
    }

    private boolean allLinked() {
        RuntimeService runtime = engine.getRuntimeService();
        long running = runtime.createProcessInstanceQuery().processDefinitionKey(DealPipeline.PROCESS_KEY).count();
        long runningWithClient = runtime.createProcessInstanceQuery().processDefinitionKey(DealPipeline.PROCESS_KEY)
                .variableValueGreaterThan(DealPipeline.CLIENT_ID, 0L).count();
        long deals = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(DealPipeline.PROCESS_KEY).count();
        return running == runningWithClient && clients.linkedDeals() >= deals;
    }

    private int link(CommandContext command) {
        HistoryService history = engine.getHistoryService();
        int linked = 0;
        for (int first = 0; ; first += PAGE) {
            List<HistoricProcessInstance> deals = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(DealPipeline.PROCESS_KEY).orderByProcessInstanceId().asc()
                    .listPage(first, PAGE);
            for (HistoricProcessInstance deal : deals) {
                linked += link(command, deal) ? 1 : 0;
            }
            if (deals.size() < PAGE) {
                return linked;
            }
        }
    }

    private boolean link(CommandContext command, HistoricProcessInstance deal) {
        ExecutionEntity running = deal.getEndTime() == null
                ? command.getExecutionManager().findExecutionById(deal.getId()) : null;
        boolean needsVariable = running != null && running.getVariable(DealPipeline.CLIENT_ID) == null;
        if (!needsVariable && clients.clientOfDeal(deal.getId()).isPresent()) {
            return false;
        }
        Map<String, Object> lead = new HashMap<>();
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(deal.getId())
                .variableNameIn(DealPipeline.COMPANY_NAME, DealPipeline.COMPANY_TAX_ID)
                .disableCustomObjectDeserialization().list()
                .forEach(variable -> lead.put(variable.getName(), variable.getValue()));
        Object name = lead.get(DealPipeline.COMPANY_NAME);
        Client client = clients.attachDeal(deal.getId(), ClientIdentity.of(lead.get(DealPipeline.COMPANY_TAX_ID), name),
                name == null ? null : name.toString(), deal.getStartTime().toInstant());
        if (needsVariable) {
            asEngineCode(running, () -> running.setVariableLocal(DealPipeline.CLIENT_ID, client.id()));
        }
        return true;
    }

    /** Through the engine's delegate interceptor, as the engine runs the app's own building blocks. */
    private void asEngineCode(ExecutionEntity deal, Runnable write) {
        try {
            engine.getDelegateInterceptor().handleInvocation(new DelegateInvocation(deal, null) {
                @Override
                protected void invoke() {
                    write.run();
                }
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

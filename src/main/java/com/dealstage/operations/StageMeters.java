package com.dealstage.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The counters this node adds to, each counted only once its engine transaction has committed: a completion the
 * gate refuses, or a start that rolls back, counts as a refusal or not at all. Sum them over the nodes.
 */
final class StageMeters {

    static final String DEALS_STARTED = "dealstage.deals.started";
    static final String STAGE_COMPLETIONS = "dealstage.stage.completions";
    static final String GATE_REFUSALS = "dealstage.gate.refusals";
    private final MeterRegistry registry;
    /**
     * The counters already registered, by their tags. Registering looks a meter up by its sorted, hashed tags; on
     * every stage completed that cost more than the increment. Bounded by the deployed stages and the lead sources the
     * gate accepts (see {@link #afterCommit}); a refusal's stage is a deployed one too.
     */
    private final Map<List<String>, Counter> registered = new ConcurrentHashMap<>();

    StageMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void dealStarted(String source) {
        String tag = source == null ? "unknown" : source;
        afterCommit(() -> registered.computeIfAbsent(List.of(DEALS_STARTED, tag), key -> Counter
                .builder(DEALS_STARTED).description("Deals started (deal-pipeline instances) on this node")
                .tag("source", tag).register(registry)));
    }

    void stageCompleted(String process, String stage) {
        afterCommit(() -> registered.computeIfAbsent(List.of(STAGE_COMPLETIONS, process, stage), key -> Counter
                .builder(STAGE_COMPLETIONS).description("Stages (user tasks) completed on this node")
                .tag("process", process).tag("stage", stage).register(registry)));
    }

    /** Called after the command failed: nothing to wait for. */
    void gateRefused(String stage) {
        registered.computeIfAbsent(List.of(GATE_REFUSALS, stage), key -> Counter.builder(GATE_REFUSALS)
                .description("Completions and starts the stage gate refused on this node").tag("stage", stage)
                .register(registry)).increment();
    }

    /**
     * Found or registered only once committed: a caller chooses the source, and a refused start must not leave a
     * series for a made-up value, whichever listener runs first.
     */
    private static void afterCommit(Supplier<Counter> counter) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            counter.get().increment();
            return;
        }
        command.getTransactionContext().addTransactionListener(
                TransactionState.COMMITTED, committed -> counter.get().increment());
    }
}

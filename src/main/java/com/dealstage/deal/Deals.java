package com.dealstage.deal;

import com.dealstage.clients.ClientIdentity;
import com.dealstage.clients.Clients;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * The one way to start a deal from a lead, whoever asks (/api, the referral and repeat-sale steps, imports). The
 * deal starts as the calling user, through the stage gate, whose lead-intake rules and the engine-side start check
 * ({@link DealIntake}: client, blacklist, duplicate lead) hold for every channel, /engine-rest included.
 */
@Service
public class Deals {

    /** The origin of the deal being started on this thread, read by the start check inside the same call. */
    private static final ThreadLocal<Origin> STARTING = new ThreadLocal<>();
    /** The list entry of the lead being imported on this thread, recorded by the start check. */
    private static final ThreadLocal<ListEntry> LISTED = new ThreadLocal<>();

    private final RuntimeService runtime;
    private final Clients clients;

    public Deals(RuntimeService runtime, Clients clients) {
        this.runtime = runtime;
        this.clients = clients;
    }

    /**
     * Starts a new lead from a cold-call list, exactly as {@link #start} does (same gate, same start check), and
     * records what the list says beyond the lead's fields ({@link ListEntry}) on the deal.
     */
    public String startListed(Lead lead, ListEntry entry) {
        LISTED.set(entry);
        try {
            return start(lead, Origin.newLead());
        } finally {
            LISTED.remove();
        }
    }

    /** Starts the deal and returns its id (the process instance id). */
    public String start(Lead lead, Origin origin) {
        Map<String, Object> variables = new HashMap<>(lead.fields());
        switch (origin.kind()) {
            case REPEAT_SALE -> variables.put(DealPipeline.PREVIOUS_DEAL_ID, origin.linkedDealId());
            case REFERRAL -> variables.put(DealPipeline.REFERRED_BY_DEAL_ID, origin.linkedDealId());
            case NEW_LEAD -> { }
        }
        Origin outer = STARTING.get();
        STARTING.set(origin);
        try {
            return runtime.startProcessInstanceByKey(DealPipeline.PROCESS_KEY, variables).getId();
        } finally {
            if (outer == null) {
                STARTING.remove();
            } else {
                STARTING.set(outer);
            }
        }
    }

    /**
     * The client of a running deal: the {@code clientId} its start recorded, or for a deal from before the client
     * table (or an engine without the start check), the client its company is.
     */
    public long clientOf(VariableScope deal) {
        if (deal.getVariable(DealPipeline.CLIENT_ID) instanceof Number id) {
            return id.longValue();
        }
        Object name = deal.getVariable(DealPipeline.COMPANY_NAME);
        ClientIdentity identity = ClientIdentity.of(deal.getVariable(DealPipeline.COMPANY_TAX_ID), name);
        return clients.resolve(identity, name == null ? null : name.toString(),
                ClockUtil.getCurrentTime().toInstant()).id();
    }

    /** What the list says of the lead being imported on this thread; empty for any other start. */
    static Map<String, Object> listedVariables() {
        ListEntry entry = LISTED.get();
        return entry == null ? Map.of() : entry.variables();
    }

    /** True while a repeat sale or referral is being started by the engine's own step on this thread. */
    static boolean engineIsStarting() {
        Origin origin = STARTING.get();
        return origin != null && origin.startedByTheEngine();
    }
}

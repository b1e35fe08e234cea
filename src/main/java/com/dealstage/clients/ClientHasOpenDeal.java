package com.dealstage.clients;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A new lead for a client that is already being sold to: refused, and over HTTP a 409 that names the open deal
 * and its manager, so the caller continues that deal instead of starting a second one.
 */
public class ClientHasOpenDeal extends ProcessEngineException {

    private final long clientId;
    private final String openDealId;
    private final String manager;

    public ClientHasOpenDeal(long clientId, String clientName, String openDealId, String manager) {
        super("Client '" + clientName + "' already has an open deal " + openDealId + " (manager " + manager
                + "): continue that deal instead of starting a new one.");
        this.clientId = clientId;
        this.openDealId = openDealId;
        this.manager = manager;
    }

    public long clientId() {
        return clientId;
    }

    public String openDealId() {
        return openDealId;
    }

    public String manager() {
        return manager;
    }

    /** The refusal somewhere in a cause chain (the engine and REST layers wrap it). */
    public static ClientHasOpenDeal findIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClientHasOpenDeal refusal) {
                return refusal;
            }
        }
        return null;
    }
}

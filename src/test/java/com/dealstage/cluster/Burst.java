package com.dealstage.cluster;

import com.dealstage.testsupport.StageInputs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Clients that start deals on one node and reject them at the cold call as fast as it answers. Only what the
 * node confirmed (201, 204) is recorded: that, at least, must be in the database whatever happens next.
 */
final class Burst {

    private final AppNode node;
    private final ExecutorService threads;
    private final int clients;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<String> started = Collections.synchronizedList(new ArrayList<>());
    private final List<String> rejected = Collections.synchronizedList(new ArrayList<>());
    private final List<Future<?>> work = new ArrayList<>();

    Burst(AppNode node, ExecutorService threads, int clients) {
        this.node = node;
        this.threads = threads;
        this.clients = clients;
    }

    void start() {
        for (int i = 0; i < clients; i++) {
            work.add(threads.submit(this::run));
        }
    }

    private void run() {
        try {
            while (running.get()) {
                String deal = ClusterDeals.start(node);
                if (deal == null) {
                    continue;
                }
                started.add(deal);
                String task = ClusterDeals.openTaskId(node, deal);
                if (ClusterDeals.complete(node, task, StageInputs.rejectionAt("coldCall", "NO_BUDGET")) == 204) {
                    rejected.add(deal);
                }
            }
        } catch (RuntimeException | AssertionError nodeGone) {
            // the node died under the request: what it confirmed before is recorded
        }
    }

    /** Waits until every client has noticed that the node is gone (or stops them). */
    void stop() throws Exception {
        running.set(false);
        for (Future<?> client : work) {
            client.get();
        }
    }

    List<String> started() {
        return List.copyOf(started);
    }

    List<String> rejected() {
        return List.copyOf(rejected);
    }
}

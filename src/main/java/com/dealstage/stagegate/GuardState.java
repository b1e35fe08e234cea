package com.dealstage.stagegate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the guard knows about the engine command running on this thread: whether the code changing a variable is
 * the app's own (a published building block or the gate itself) and which deal fields callers changed in this
 * command, so the gate can tell a stage's own submission from data slipped in beside it.
 */
final class GuardState {

    private static final ThreadLocal<GuardState> CURRENT = new ThreadLocal<>();

    private int commands;
    private int trusted;
    private final Map<String, Set<String>> changedByCaller = new HashMap<>();

    static GuardState current() {
        return CURRENT.get();
    }

    /** Called around every engine command; nested commands share the outer command's state. */
    static GuardState enterCommand() {
        GuardState state = CURRENT.get();
        if (state == null) {
            state = new GuardState();
            CURRENT.set(state);
        }
        state.commands++;
        return state;
    }

    void leaveCommand() {
        if (--commands == 0) {
            CURRENT.remove();
        }
    }

    boolean trusted() {
        return trusted > 0;
    }

    /** Runs the app's own engine code (delegates, the gate's bookkeeping) with the guard's blessing. */
    static <T> T trusted(Supplier<T> work) {
        GuardState state = enterCommand();
        state.trusted++;
        try {
            return work.get();
        } finally {
            state.trusted--;
            state.leaveCommand();
        }
    }

    static void trusted(Runnable work) {
        trusted(() -> {
            work.run();
            return null;
        });
    }

    void changedByCaller(String processInstanceId, String field) {
        changedByCaller.computeIfAbsent(processInstanceId, id -> new HashSet<>()).add(field);
    }

    Set<String> changedByCaller(String processInstanceId) {
        return changedByCaller.getOrDefault(processInstanceId, Set.of());
    }
}

package com.dealstage.stagegate;

import java.util.HashMap;
import com.dealstage.rules.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private int callersSubmission;
    private final Map<String, Set<String>> changedByCaller = new HashMap<>();
    private final Map<String, Set<String>> corrections = new HashMap<>();
    private final List<Violation> refusals = new ArrayList<>();
    private int inner;
    private final Map<String, Object> memo = new HashMap<>();

    @SuppressWarnings("unchecked")
    <T> T memo(String key, Supplier<T> compute) {
        return (T) memo.computeIfAbsent(key, k -> compute.get());
    }

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

    /**
     * Runs a caller's submission (a form submit) as the caller's, also inside trusted code and whatever Camunda runs
     * within it (field handlers, expressions): every value it writes is judged like any other caller's.
     */
    static void asCaller(Runnable work) {
        GuardState state = enterCommand();
        int outerTrust = state.trusted;
        state.trusted = 0;
        state.callersSubmission++;
        try {
            work.run();
        } finally {
            state.callersSubmission--;
            state.trusted = outerTrust;
            state.leaveCommand();
        }
    }

    boolean inCallersSubmission() {
        return callersSubmission > 0;
    }

    static void trusted(Runnable work) {
        trusted(() -> {
            work.run();
            return null;
        });
    }

    /** A caller's change no stage accepts: reported with every other one when the command ends. */
    void refuse(Violation violation) {
        refusals.add(violation);
    }

    /** The refusals so far, handed over once (to the gate, or to the end of the command). */
    List<Violation> takeRefusals() {
        List<Violation> taken = List.copyOf(refusals);
        refusals.clear();
        return taken;
    }

    /** Counts commands inside the command context; the outermost one reports what is left. */
    boolean enterInner() {
        return inner++ == 0;
    }

    void leaveInner() {
        inner--;
    }

    /** Lets the audited correction path change these fields of a passed stage in this command. */
    void allowCorrection(String processInstanceId, Set<String> fields) {
        corrections.computeIfAbsent(processInstanceId, id -> new HashSet<>()).addAll(fields);
    }

    boolean correcting(String processInstanceId, String field) {
        return corrections.getOrDefault(processInstanceId, Set.of()).contains(field);
    }

    void changedByCaller(String processInstanceId, String field) {
        changedByCaller.computeIfAbsent(processInstanceId, id -> new HashSet<>()).add(field);
    }

    Set<String> changedByCaller(String processInstanceId) {
        return changedByCaller.getOrDefault(processInstanceId, Set.of());
    }
}

package com.dealstage.stagegate;

import com.dealstage.rules.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A completion refused by the stage gate. The message is what Tasklist shows a sales manager,
 * so it is a plain sentence listing every missing or invalid field at once.
 */
public class StageGateViolation extends ProcessEngineException {

    private final String stage;
    private final transient List<Violation> violations;

    public StageGateViolation(String stage, String stageName, List<Violation> violations) {
        this(stage, violations, "Stage '" + stageName + "' cannot be completed yet: ");
    }

    private StageGateViolation(String stage, List<Violation> violations, String lead) {
        super(lead + violations.stream().map(Violation::message).collect(Collectors.joining(" ")));
        this.stage = stage;
        this.violations = List.copyOf(violations);
    }

    /** A token arrived at a stage (by flow, start instructions, modification or migration) before its time. */
    static StageGateViolation refusedEntry(String stage, String stageName, List<Violation> violations) {
        return new StageGateViolation(stage, violations, "Stage '" + stageName + "' cannot be entered yet: ");
    }

    /** A change of the deal's stored data that no stage accepts. */
    static StageGateViolation refusedChange(List<Violation> violations) {
        return new StageGateViolation(null, violations, "The deal's data was not changed: ");
    }

    public String stage() {
        return stage;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The gate's refusal somewhere in a cause chain (the engine and REST layers wrap it). */
    public static StageGateViolation findIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StageGateViolation violation) {
                return violation;
            }
        }
        return null;
    }
}

package com.dealstage.rules;

import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;

/**
 * A stage-gate example: the stage's input either passes (no rule refuses it), or {@code rule} must refuse it
 * with a {@link Violation} naming {@code field} of that stage.
 */
record GateExample(String file, int line, String name, GateFacts.Factory facts, String processKey, String stage,
        Map<String, Object> input, String rule, String field) implements Example {

    @Override
    public String failure(KieBase kieBase) {
        RuleFiring firing = RuleFiring.run(kieBase, List.of(this.facts.create(this.processKey, this.stage, this.input)));
        List<RuleFiring.Decision> refusals = firing.decisions(Violation.class);
        if (this.rule == null) {
            return refusals.isEmpty() ? null : "it must pass, but was refused: " + refusals;
        }
        boolean named = refusals.stream().anyMatch(refusal -> this.rule.equals(refusal.rule())
                && refusal.fact() instanceof Violation violation && this.field.equals(violation.field())
                && this.stage.equals(violation.stage()));
        if (named) {
            return null;
        }
        if (!firing.fired(this.rule)) {
            return "rule " + this.rule + " must refuse it naming " + this.field + ", but did not fire; "
                    + (refusals.isEmpty() ? "nothing refused it" : "refused by " + refusals);
        }
        return "rule " + this.rule + " refused it without naming field " + this.field + " of stage " + this.stage
                + ": " + refusals;
    }

}

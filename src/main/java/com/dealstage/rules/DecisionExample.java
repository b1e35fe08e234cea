package com.dealstage.rules;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kie.api.KieBase;

/**
 * A decision example: given these facts, {@code rule} fires and the rules decide exactly the expected decisions
 * of each type named (compared on the fields the example lists).
 */
record DecisionExample(String file, int line, String name, String rule, List<Object> facts,
        List<Expected> expected, ObjectMapper mapper) implements Example {

    /** The decisions of one type, in firing order; none when the list is empty. */
    record Expected(Class<?> type, List<JsonNode> decisions) {
    }

    @Override
    public String failure(KieBase kieBase) {
        RuleFiring firing = RuleFiring.run(kieBase, this.facts);
        if (this.rule != null && !firing.fired(this.rule)) {
            return "rule " + this.rule + " must fire, but did not; fired: " + firing.firedRules();
        }
        for (Expected expected : this.expected) {
            String failure = failure(expected, firing.decisions(expected.type()));
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }

    private String failure(Expected expected, List<RuleFiring.Decision> decided) {
        String type = expected.type().getSimpleName();
        if (decided.size() != expected.decisions().size()) {
            return "expected " + expected.decisions().size() + " " + type + ", the rules decided " + decided.size()
                    + (decided.isEmpty() ? "" : ": " + decided);
        }
        for (int i = 0; i < decided.size(); i++) {
            String mismatch = ExpectedFields.mismatch(expected.decisions().get(i),
                    this.mapper.valueToTree(decided.get(i).fact()), "");
            if (mismatch != null) {
                return type + " " + mismatch + " (decided: " + decided.get(i) + ")";
            }
        }
        return null;
    }

}

package com.dealstage.benchmark;

import com.dealstage.rules.RuleEngine;
import com.dealstage.rules.StageCompletion;
import com.dealstage.rules.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The rule check alone, on the variable maps the gate saw in the engine: many more samples than
 * deals can give, and no database work in between. Stages take turns, as they do in production.
 */
final class RuleCheckReplay {

    private static final long HIGHEST_NANOS = 10_000_000_000L;

    private final RuleEngine rules;
    private final List<StageCompletion> completions;

    RuleCheckReplay(RuleEngine rules, List<StageCompletion> completions) {
        this.rules = rules;
        this.completions = List.copyOf(completions);
    }

    Map<String, Histogram> run(int warmUpChecks, int checks) {
        requireAllPass();
        for (int i = 0; i < warmUpChecks; i++) {
            rules.check(completions.get(i % completions.size()));
        }
        Map<String, Histogram> nanosByStage = new LinkedHashMap<>();
        completions.forEach(c -> nanosByStage.put(c.stage(), new Histogram(HIGHEST_NANOS, 3)));
        for (int i = 0; i < checks; i++) {
            StageCompletion completion = completions.get(i % completions.size());
            long start = System.nanoTime();
            rules.check(completion);
            nanosByStage.get(completion.stage()).recordValue(System.nanoTime() - start);
        }
        return nanosByStage;
    }

    /** A refused completion takes another path through the rules: it would not be the cost we mean. */
    private void requireAllPass() {
        for (StageCompletion completion : completions) {
            List<Violation> violations = rules.check(completion);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Captured " + completion.stage() + " does not pass: " + violations);
            }
        }
    }
}

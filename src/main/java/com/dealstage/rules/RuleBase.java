package com.dealstage.rules;

import java.util.Collection;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** A compiled rule base, asked as the application asks it: facts in, decisions out, a new session per call. */
public final class RuleBase {

    private final KieBase kieBase;

    RuleBase(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /** Inserts {@code facts}, fires all rules and returns the decisions of that type the rules inserted. */
    public <T> List<T> decide(Collection<?> facts, Class<T> decisionType) {
        return decide(kieBase, facts, decisionType);
    }

    static <T> List<T> decide(KieBase kieBase, Collection<?> facts, Class<T> decisionType) {
        // a fresh session per call; as fast as newStatelessKieSession() or a little faster (RuleCheckBenchmark)
        KieSession session = kieBase.newKieSession();
        try {
            DecisionCollector<T> collector = new DecisionCollector<>(decisionType);
            session.addEventListener(collector);
            facts.forEach(session::insert);
            session.fireAllRules();
            return collector.decisions();
        }
        finally {
            session.dispose();
        }
    }
}

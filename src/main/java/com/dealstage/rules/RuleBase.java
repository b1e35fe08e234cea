package com.dealstage.rules;

import java.util.Collection;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled rule base, asked as the application asks it: facts in, decisions out, a clean session per call.
 * Sessions come from Drools' own pool: disposing a pooled session resets it (facts, agenda, event listeners and
 * globals) and hands it to the next call, which saves creating one, about half of a stage check's time in Drools.
 * The pool grows to the number of calls running at once and is dropped with the rule base.
 */
public final class RuleBase {

    private final KieBase kieBase;
    private final KieSessionsPool sessions;

    RuleBase(KieBase kieBase) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(1);
    }

    /** Inserts {@code facts}, fires all rules and returns the decisions of that type the rules inserted. */
    public <T> List<T> decide(Collection<?> facts, Class<T> decisionType) {
        KieSession session = sessions.newKieSession();
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

    KieBase kieBase() {
        return kieBase;
    }
}

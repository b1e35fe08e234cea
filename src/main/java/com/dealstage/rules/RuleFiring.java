package com.dealstage.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One evaluation of an example: which rules fired, and which decision each rule inserted, so that an example can
 * say not only "refused" but "refused by this rule, naming this field".
 */
final class RuleFiring {

    record Decision(String rule, Object fact) {

        @Override
        public String toString() {
            return this.rule + " -> " + this.fact;
        }

    }

    private final Set<String> fired = new LinkedHashSet<>();

    private final Map<FactHandle, Decision> decisions = new LinkedHashMap<>();

    private RuleFiring() {
    }

    static RuleFiring run(KieBase kieBase, Collection<?> facts) {
        RuleFiring firing = new RuleFiring();
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(firing.new Fired());
            session.addEventListener(firing.new Inserted());
            facts.forEach(session::insert);
            session.fireAllRules();
            return firing;
        }
        finally {
            session.dispose();
        }
    }

    boolean fired(String rule) {
        return this.fired.contains(rule);
    }

    Set<String> firedRules() {
        return this.fired;
    }

    /** The decisions of that type the rules inserted (and did not retract), in firing order. */
    List<Decision> decisions(Class<?> type) {
        List<Decision> ofType = new ArrayList<>();
        for (Decision decision : this.decisions.values()) {
            if (type.isInstance(decision.fact())) {
                ofType.add(decision);
            }
        }
        return ofType;
    }

    private final class Fired extends DefaultAgendaEventListener {

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            RuleFiring.this.fired.add(event.getMatch().getRule().getName());
        }

    }

    private final class Inserted extends DefaultRuleRuntimeEventListener {

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getRule() != null) {
                RuleFiring.this.decisions.put(event.getFactHandle(),
                        new Decision(event.getRule().getName(), event.getObject()));
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            RuleFiring.this.decisions.remove(event.getFactHandle());
        }

    }

}

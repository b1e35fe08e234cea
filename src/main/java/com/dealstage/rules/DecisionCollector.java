package com.dealstage.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Keeps the decisions of one type that rules inserted, in firing order (which follows the order
 * of the rules in the file), so that messages come out in the order of the form.
 */
final class DecisionCollector<T> implements RuleRuntimeEventListener {

    private final Class<T> type;

    private final Map<FactHandle, T> decisions = new LinkedHashMap<>();

    DecisionCollector(Class<T> type) {
        this.type = type;
    }

    List<T> decisions() {
        return new ArrayList<>(this.decisions.values());
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null && this.type.isInstance(event.getObject())) {
            this.decisions.put(event.getFactHandle(), this.type.cast(event.getObject()));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (this.decisions.containsKey(event.getFactHandle())) {
            this.decisions.put(event.getFactHandle(), this.type.cast(event.getObject()));
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        this.decisions.remove(event.getFactHandle());
    }

}

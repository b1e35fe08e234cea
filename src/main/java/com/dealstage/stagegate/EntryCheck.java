package com.dealstage.stagegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/** Built-in start listener of every stage: skip flags cannot switch it off. */
final class EntryCheck implements ExecutionListener {

    private final StageGate gate;

    EntryCheck(StageGate gate) {
        this.gate = gate;
    }

    @Override
    public void notify(DelegateExecution execution) {
        gate.checkEntry((ExecutionEntity) execution);
    }
}

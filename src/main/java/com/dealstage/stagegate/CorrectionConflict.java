package com.dealstage.stagegate;

import org.camunda.bpm.engine.ProcessEngineException;

/** A correction asked of a stage that is not behind the deal: 409, the deal is not in that state. */
final class CorrectionConflict extends ProcessEngineException {

    CorrectionConflict(String message) {
        super(message);
    }
}

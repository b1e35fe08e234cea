package com.dealstage.api;

import com.dealstage.rules.Violation;
import com.dealstage.stagegate.StageGateViolation;
import java.util.List;

/** Body of a refused completion; {@code type} and {@code message} follow Camunda's REST error shape. */
record ViolationResponse(String type, String message, String stage, List<Violation> violations) {

    static ViolationResponse of(StageGateViolation violation) {
        return new ViolationResponse("StageGateViolation", violation.getMessage(), violation.stage(),
                violation.violations());
    }
}

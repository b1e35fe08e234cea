package com.dealstage.stagegate;

import java.util.Map;

/** Body of POST /api/deals/{id}/corrections: the passed stage, its fields' new values, and why. */
record CorrectionRequest(String stage, Map<String, Object> values, String reason) {
}

package com.dealstage.stagegate;

import java.time.Instant;

/** One corrected field of a passed stage: who changed what, when and why. */
record Correction(String dealId, String stage, String field, String oldValue, String newValue, String reason,
        String correctedBy, Instant correctedAt) {
}

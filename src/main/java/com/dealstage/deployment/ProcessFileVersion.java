package com.dealstage.deployment;

import java.time.Instant;

/**
 * A file of processes/ and the definition it became: {@code definition} is the process or form key, {@code version}
 * its version (0 when none is deployed), {@code upToDate} whether the latest deployed resource of that name has the
 * file's content. As a change: which file became which version, when.
 */
record ProcessFileVersion(String file, String definition, int version, String deploymentId, Instant at,
        Boolean upToDate) {
}

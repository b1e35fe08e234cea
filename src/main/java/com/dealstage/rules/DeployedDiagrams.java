package com.dealstage.rules;

import java.util.List;

/**
 * What is deployed, for checking the rules against it; the deployment module provides it, so that this module does
 * not read the engine's repository.
 */
public interface DeployedDiagrams {

    /** Tasks and start events of the latest version of every deployed process. */
    List<DeployedStage> stages();
}

/**
 * Deploys the process owners' folder (processes/: BPMN, DMN and Camunda Forms) from the file system,
 * with relative resource names and duplicate filtering, so unchanged files never create new versions.
 */
package com.dealstage.deployment;

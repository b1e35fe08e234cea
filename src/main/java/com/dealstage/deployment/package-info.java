/**
 * Deployments. Deploys the process owners' folder (processes/: BPMN and Camunda Forms) from the file system, with
 * relative resource names and duplicate filtering, so unchanged files never create new versions. Checks every
 * deployment the engine accepts, from any channel, before anything is stored: no scripts, no Java classes, no
 * resource kinds that run code, and expressions that name only the {@link com.dealstage.deployment.DiagramBuildingBlock}s
 * and process variables. Expressions resolve those building blocks and nothing else of the application.
 */
package com.dealstage.deployment;

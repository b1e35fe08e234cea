/**
 * Deployments. Deploys the process owners' folder (processes/: BPMN and Camunda Forms) from the file system at startup
 * and whenever a file changes, with relative resource names; a file whose content equals the latest deployed resource
 * of its name (whoever deployed it) never creates a new version, and a file the engine refuses leaves its previous
 * version in place and is reported (GET /api/processes/status, health component processes). Checks every
 * deployment the engine accepts, from any channel, before anything is stored: no scripts, no Java classes, no
 * resource kinds that run code, and expressions that name only the {@link com.dealstage.deployment.DiagramBuildingBlock}s
 * and process variables. Expressions resolve those building blocks and nothing else of the application.
 */
package com.dealstage.deployment;

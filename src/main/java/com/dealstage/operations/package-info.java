/**
 * Running Dealstage in production: metrics for Prometheus (deals started, stage completions and gate refusals by
 * stage, re-contacts, surveys, the job executor's backlog and failures) and who may read them. Health comes from
 * Spring Boot (database), Camunda's starter (process engine, job executor) and the modules that own a component
 * (rules, deployments).
 */
package com.dealstage.operations;

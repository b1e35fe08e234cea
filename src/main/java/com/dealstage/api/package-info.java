/**
 * The project's REST API under /api and the error shape of both APIs: a stage-gate refusal is a 422 with a
 * machine-readable list of violations on /api and on Camunda's /engine-rest alike, never a 500.
 */
package com.dealstage.api;

/**
 * The project's REST API under /api and the error answers of all three HTTP APIs (/api, Camunda's
 * /engine-rest and Tasklist's engine API): a stage-gate refusal is a 422 listing every violation; bad input
 * a 400/413/422 naming the field; an unknown id 404; a task completed or claimed by someone else 409;
 * anything unexpected a generic 500 with an id that is in the log. No SQL, class name or stack trace
 * reaches a caller.
 */
package com.dealstage.api;

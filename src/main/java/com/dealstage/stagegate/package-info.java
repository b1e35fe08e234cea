/**
 * The stage gate: every user task of every deployed process (and every process start) passes the rules
 * on completion, at engine level, so Tasklist, /engine-rest, /api, imports and Java calls cannot bypass it.
 */
package com.dealstage.stagegate;

/**
 * People and access: the four groups, the admin, demo users for the embedded run, Camunda authorizations,
 * Tasklist filters, and HTTP Basic authentication for /engine-rest and /api.
 */
package com.dealstage.identity;

/**
 * Dealstage: Camunda 7 runs the deal processes from processes/, Drools enforces rules/.
 * Each sub-package is a module that owns one capability and talks to others through a facade or events.
 */
package com.dealstage;

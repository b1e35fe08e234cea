/**
 * Rules: owns loading, validating, hot-swapping and evaluating the Drools rule base compiled from
 * the rules/ directory; the only package that talks to Drools (facts in, decisions out).
 */
package com.dealstage.rules;

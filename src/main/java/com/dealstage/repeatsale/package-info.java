/**
 * Repeat sale: owns planning the next sale to a delivered client by rules (sooner for promoters) and starting
 * the linked repeat deal when the client buys again.
 */
package com.dealstage.repeatsale;

/**
 * Clients: who is the same client across deals (the tax number when the lead has one, otherwise the normalized
 * name: {@link com.dealstage.clients.ClientIdentity}), the Russian tax number check ({@link
 * com.dealstage.clients.TaxNumbers}), the client records (table {@code client}, each client once, and
 * {@code client_deal}, every deal's client) and the blacklist. {@link com.dealstage.clients.Clients} is the
 * module's facade; {@link com.dealstage.clients.ClientHasOpenDeal} is the refusal of a duplicate lead (409).
 */
package com.dealstage.clients;

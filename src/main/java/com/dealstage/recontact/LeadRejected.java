package com.dealstage.recontact;

import java.time.Instant;

/**
 * A rejection as recorded: one row of lead_rejection, written inside the engine's transaction. Nobody outside
 * this module needs it announced (the stage journal reads the rejection reason from the deal itself).
 * @param dealId          process instance id of the deal
 * @param companyKey      the company's identity key (clients.ClientIdentity#key); refusals are counted per client id
 * @param recontactDue    when the re-contact call is due; null when the lead is closed without one
 * @param recontactAction what that call is about; null without a re-contact
 * @param refusals        how many times the company has refused, this one included
 */
record LeadRejected(String dealId, String companyName, String companyTaxId, String companyKey,
        String manager, String stage, String reasonCode, String comment, Instant rejectedAt, Instant recontactDue,
        String recontactAction, int refusals) {
}

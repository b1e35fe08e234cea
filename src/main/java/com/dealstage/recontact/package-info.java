/**
 * Re-contact: owns rejected leads from the rejection to the re-contact call: reason -> policy (rules/recontact.drl)
 * -> durable timer -> recontactCall task, and the record of every rejection (table lead_rejection) that reports read.
 */
package com.dealstage.recontact;

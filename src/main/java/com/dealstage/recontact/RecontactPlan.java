package com.dealstage.recontact;

/**
 * Decision of rules/recontact.drl: whether and when the company is called again, and what the manager does then.
 * @param comeBack  false closes the lead
 * @param due       ISO-8601 period or duration after the rejection (P75D, P2M, PT48H) or a date (2027-01-15)
 * @param action    what the re-contact call is about, shown to the manager in Tasklist
 * @param rationale why, in one sentence, for the manager and for reports; {@code {due}} in it is the due in words
 */
public record RecontactPlan(boolean comeBack, String due, String action, String rationale) {

    /**
     * Call again after {@code due}; used by the DRL so that a rule reads as the policy it states. The rule writes its
     * period once: {@code {due}} in the rationale becomes it in words ("P75D" → "75 days").
     */
    public static RecontactPlan comeBackAfter(String due, String action, String rationale) {
        return new RecontactPlan(true, due, action,
                rationale == null ? null : rationale.replace("{due}", DueDate.inWords(due)));
    }

    public static RecontactPlan closeLead(String rationale) {
        return new RecontactPlan(false, null, null, rationale);
    }
}

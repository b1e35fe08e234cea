package com.dealstage.deal;

import java.util.Objects;

/**
 * Where a deal comes from. A new lead (from /api, Tasklist, /engine-rest or an import) is refused while its client
 * has an open deal; a repeat sale or a referral that the engine itself starts is not, and is linked to the deal it
 * comes from.
 * @param linkedDealId the previous deal (repeat sale) or the referring deal (referral); null for a new lead
 */
public record Origin(Kind kind, String linkedDealId) {

    public enum Kind { NEW_LEAD, REPEAT_SALE, REFERRAL }

    public Origin {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.NEW_LEAD) != (linkedDealId == null || linkedDealId.isBlank())) {
            throw new IllegalArgumentException("A repeat sale or referral names the deal it comes from; a new lead none.");
        }
    }

    public static Origin newLead() {
        return new Origin(Kind.NEW_LEAD, null);
    }

    public static Origin repeatSale(String previousDealId) {
        return new Origin(Kind.REPEAT_SALE, previousDealId);
    }

    public static Origin referral(String referringDealId) {
        return new Origin(Kind.REFERRAL, referringDealId);
    }

    boolean startedByTheEngine() {
        return kind != Kind.NEW_LEAD;
    }
}

package com.dealstage.deal;

import java.util.List;
import java.util.Set;

/** The names other modules and diagrams share about a deal: process key, stage of the lead, variables. */
public final class DealPipeline {

    public static final String PROCESS_KEY = "deal-pipeline";
    /** The start event: its form is the lead. */
    public static final String LEAD_INTAKE = "leadIntake";

    // the lead's fields (the start form)
    public static final String COMPANY_NAME = "companyName";
    public static final String COMPANY_TAX_ID = "companyTaxId";
    public static final String SOURCE = "source";
    public static final String MANAGER = "manager";
    public static final List<String> LEAD_FIELDS = List.of(COMPANY_NAME, COMPANY_TAX_ID, SOURCE, MANAGER);

    // lead sources
    public static final String COLD_LIST = "COLD_LIST";
    public static final String REFERRAL = "REFERRAL";
    public static final String INBOUND = "INBOUND";
    public static final String REPEAT = "REPEAT";

    // set by the engine side, never by a caller
    /** The client's id (table client), set when the deal starts. */
    public static final String CLIENT_ID = "clientId";
    /** On a repeat deal: the deal whose client bought again. */
    public static final String PREVIOUS_DEAL_ID = "previousDealId";
    /** On the previous deal: the repeat deal it started. */
    public static final String REPEAT_DEAL_ID = "repeatDealId";
    /** On a referral deal: the deal whose client gave the referral. */
    public static final String REFERRED_BY_DEAL_ID = "referredByDealId";

    /** Stages after the win: a deal waiting only there is no longer being sold (not an open deal). */
    static final Set<String> AFTER_THE_WIN = Set.of("repeatSaleCall");
    /** The gate's own bookkeeping, not deal data. */
    static final Set<String> INTERNAL = Set.of("passedStages");

    private DealPipeline() {
    }
}

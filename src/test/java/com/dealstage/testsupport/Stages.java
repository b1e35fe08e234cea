package com.dealstage.testsupport;

import java.util.List;

/** Stage keys of shared/DOMAIN.md: the user task ids of deal-pipeline. */
public final class Stages {

    public static final String DEAL_PIPELINE = "deal-pipeline";
    public static final List<String> HAPPY_PATH = List.of("coldCall", "meeting", "proposal", "closing", "contract",
            "payment", "fulfilment", "fulfilmentActs");
    public static final List<String> PRE_CONTRACT = List.of("coldCall", "meeting", "proposal", "objections", "closing");

    private Stages() {
    }
}

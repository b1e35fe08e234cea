package com.dealstage.survey;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Time limits of the after-sales region that are company policy rather than rules.
 * @param actsSigningLimit how long after the fulfilment date the signed acts may take before sales heads hear of it
 * @param surveyResultWait how long a deal waits for its survey result before it plans the repeat sale without one
 */
@ConfigurationProperties("dealstage.after-sales")
record AfterSalesProperties(@DefaultValue("14d") Duration actsSigningLimit,
        @DefaultValue("30d") Duration surveyResultWait) {
}

package com.dealstage.deal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param nonSalesGroups groups whose members work no deals of their own: a new lead's manager (who then reads the
 *                       whole deal, amounts included) must be in some other group too, e.g. sales-managers or a
 *                       team the funnel compares
 */
@ConfigurationProperties("dealstage.deals")
record DealProperties(
        @DefaultValue({"quality-control", "process-owners", "accounting"}) List<String> nonSalesGroups) {
}

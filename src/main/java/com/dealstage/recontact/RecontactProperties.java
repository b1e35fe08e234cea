package com.dealstage.recontact;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param zone the business's time zone: "P2M" after a rejection is the same calendar day two months later
 *             there; unset means the server's zone
 */
@ConfigurationProperties("dealstage.recontact")
record RecontactProperties(ZoneId zone) {

    RecontactProperties {
        zone = zone == null ? ZoneId.systemDefault() : zone;
    }
}

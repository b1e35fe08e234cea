package com.dealstage.calendar;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param zone the business's time zone (e.g. Europe/Moscow) for every module; unset means the server's zone
 */
@ConfigurationProperties("dealstage")
record CalendarProperties(ZoneId zone) {

    CalendarProperties {
        zone = zone == null ? ZoneId.systemDefault() : zone;
    }
}

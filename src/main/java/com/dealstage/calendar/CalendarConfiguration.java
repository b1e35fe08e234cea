package com.dealstage.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    @Bean
    BusinessCalendar businessCalendar(CalendarProperties properties) {
        return new BusinessCalendar(properties.zone());
    }
}

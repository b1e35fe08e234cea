package com.dealstage.operations;

import jakarta.servlet.Filter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(OperationsProperties.class)
class OperationsConfiguration {

    /** After identity's actuator authentication (order 0), which turns HTTP Basic into a principal with roles. */
    static final int METRICS_ACCESS_ORDER = 20;

    @Bean
    FilterRegistrationBean<Filter> metricsAccess(OperationsProperties properties) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new MetricsAccess(properties.metricsRoles()));
        registration.setName("metrics-access");
        registration.addUrlPatterns("/actuator/prometheus", "/actuator/prometheus/*", "/actuator/metrics",
                "/actuator/metrics/*");
        registration.setOrder(METRICS_ACCESS_ORDER);
        return registration;
    }
}

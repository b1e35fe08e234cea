package com.dealstage.api;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The body-size limit in front of /engine-rest, Tasklist's engine API and /api, before anything reads a body. */
@Configuration(proxyBeanMethods = false)
class InputLimits {

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(ApiProperties properties, CamundaBpmProperties camunda) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit(properties));
        registration.setName("body-size-limit");
        registration.addUrlPatterns("/engine-rest/*", camunda.getWebapp().getApplicationPath() + "/api/*", "/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}

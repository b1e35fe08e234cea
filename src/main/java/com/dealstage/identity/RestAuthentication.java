package com.dealstage.identity;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic for the engine's REST API and ours, checked against Camunda's users, so the same
 * authorizations apply to Tasklist, /engine-rest and /api alike.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthentication {

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication() {
        return basicAuthentication("engine-rest-authentication", null, "/engine-rest/*");
    }

    /** /api is served by Spring MVC at "/", so the filter must not strip a servlet path from it. */
    @Bean
    FilterRegistrationBean<Filter> apiAuthentication() {
        return basicAuthentication("api-authentication", "", "/api/*");
    }

    private static FilterRegistrationBean<Filter> basicAuthentication(String name, String prefix, String pattern) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName(name);
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        if (prefix != null) {
            registration.addInitParameter("rest-url-pattern-prefix", prefix);
        }
        registration.addUrlPatterns(pattern);
        return registration;
    }
}

package com.dealstage.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic for the engine's REST API and ours, checked against Camunda's users, so the same
 * authorizations apply to Tasklist, /engine-rest and /api alike. Then the admin-only operations, which
 * need to know the caller, so they run after authentication (explicit orders).
 */
@Configuration(proxyBeanMethods = false)
class RestAuthentication {

    static final int AUTHENTICATION_ORDER = 0;
    static final int ADMIN_ONLY_ORDER = 10;

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication() {
        return basicAuthentication("engine-rest-authentication", null, "/engine-rest/*");
    }

    /** /api is served by Spring MVC at "/", so the filter must not strip a servlet path from it. */
    @Bean
    FilterRegistrationBean<Filter> apiAuthentication() {
        return basicAuthentication("api-authentication", "", "/api/*");
    }

    @Bean
    FilterRegistrationBean<Filter> adminOnlyOperations(IdentityService identityService, ObjectMapper json,
            CamundaBpmProperties camunda, @Value("${spring.jersey.application-path:/engine-rest}") String engineRest) {
        String webappPath = camunda.getWebapp().getApplicationPath();
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new AdminOnlyFilter(identityService, json, engineRest, webappPath));
        registration.setName("admin-only-operations");
        registration.addUrlPatterns(engineRest + "/*", webappPath + "/api/engine/*");
        registration.setOrder(ADMIN_ONLY_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> accountingOnlyPayments(IdentityService identityService) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new AccountingOnlyPayments(identityService));
        registration.setName("accounting-only-payments");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(ADMIN_ONLY_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> accountingWebappLogin(IdentityService identityService, CamundaBpmProperties camunda) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new AccountingWebappLogin(identityService));
        registration.setName("accounting-webapp-login");
        registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/admin/auth/*");
        registration.setOrder(AUTHENTICATION_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> actuatorAuthentication(IdentityService identityService) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new ActuatorAuthentication(identityService));
        registration.setName("actuator-authentication");
        registration.addUrlPatterns("/actuator/*");
        registration.setOrder(AUTHENTICATION_ORDER);
        return registration;
    }

    private static FilterRegistrationBean<Filter> basicAuthentication(String name, String prefix, String pattern) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName(name);
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        if (prefix != null) {
            registration.addInitParameter("rest-url-pattern-prefix", prefix);
        }
        registration.addUrlPatterns(pattern);
        registration.setOrder(AUTHENTICATION_ORDER);
        return registration;
    }
}

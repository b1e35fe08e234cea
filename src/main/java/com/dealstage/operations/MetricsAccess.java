package com.dealstage.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Metrics tell how much business flows through the company: only the roles named in
 * {@code dealstage.operations.metrics-roles} read them (HTTP Basic, checked by identity's actuator
 * authentication before this filter). Anonymous callers get 401, other users 403.
 */
final class MetricsAccess extends OncePerRequestFilter {

    private final List<String> roles;

    MetricsAccess(List<String> roles) {
        this.roles = List.copyOf(roles);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"dealstage\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else if (roles.stream().noneMatch(request::isUserInRole)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            chain.doFilter(request, response);
        }
    }
}

package com.dealstage.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Anonymous callers of /actuator get the bare status (a load balancer needs no more); a Camunda user who sends
 * HTTP Basic becomes the request's principal with his groups as roles, so that
 * {@code management.endpoint.health.roles} shows the details (rules component, database) to admins and
 * process owners. Wrong credentials get 401, like on /engine-rest.
 */
class ActuatorAuthentication extends OncePerRequestFilter {

    private static final String BASIC = "basic ";
    private final IdentityService identityService;

    ActuatorAuthentication(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            chain.doFilter(request, response);
            return;
        }
        String[] credentials = decode(header.substring(BASIC.length()).trim());
        if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"dealstage\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String userId = credentials[0];
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return () -> userId;
            }

            @Override
            public String getRemoteUser() {
                return userId;
            }

            @Override
            public boolean isUserInRole(String role) {
                return groups.contains(role);
            }
        }, response);
    }

    private static String[] decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}

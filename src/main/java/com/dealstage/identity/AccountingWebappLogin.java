package com.dealstage.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The accounting technical user gets no webapp session at all: Camunda lets any user log in to the Welcome app, and
 * with that session some webapp APIs (Cockpit plugins, the user's own profile) would answer him. His login to any of
 * the webapps is refused with 403 before Camunda sees it.
 */
class AccountingWebappLogin extends OncePerRequestFilter {

    private final IdentityService identityService;

    AccountingWebappLogin(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/auth/user/")
                || !request.getRequestURI().contains("/login/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = request.getParameter("username");
        if (user != null && Groups.onlyAccounting(groupsOf(user.trim()))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\""
                    + Groups.ACCOUNTING_REFUSAL + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Past the rights of whoever this thread runs as (a session of someone else may be on it). */
    private List<String> groupsOf(String userId) {
        Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }
}

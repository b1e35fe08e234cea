package com.dealstage.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On /api, the accounting technical user may call POST /api/payments and nothing else (403 with a sentence). On
 * /engine-rest and the webapps' engine API {@link AdminOnlyFilter} refuses him everything.
 */
class AccountingOnlyPayments extends OncePerRequestFilter {

    private final IdentityService identityService;

    AccountingOnlyPayments(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = identityService.getCurrentAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean payment = "POST".equals(request.getMethod()) && ("/api/payments".equals(path)
                || "/api/payments/".equals(path));
        if (caller != null && Groups.onlyAccounting(caller.getGroupIds()) && !payment) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
                    + Groups.ACCOUNTING_REFUSAL + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}

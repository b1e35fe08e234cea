package com.dealstage.identity;

import com.dealstage.api.ReplayedBody;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses {@link AdminOnlyOperations} to everybody outside camunda-admin with 403 and a sentence, on
 * /engine-rest (after HTTP Basic has authenticated the caller) and on the webapps' engine API (the caller
 * is the one logged in to Tasklist or Cockpit in this session).
 */
class AdminOnlyFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final ObjectMapper json;
    private final String engineRestPath;
    private final String webappEnginePath;

    AdminOnlyFilter(IdentityService identityService, ObjectMapper json, String engineRestPath, String webappPath) {
        this.identityService = identityService;
        this.json = json;
        this.engineRestPath = engineRestPath;
        this.webappEnginePath = webappPath + "/api/engine/engine/";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<List<String>> groups;
        String enginePath;
        if (path.startsWith(webappEnginePath)) {
            String engineAndPath = path.substring(webappEnginePath.length());
            int slash = engineAndPath.indexOf('/');
            String engine = slash < 0 ? engineAndPath : engineAndPath.substring(0, slash);
            enginePath = slash < 0 ? "/" : engineAndPath.substring(slash);
            groups = webappGroups(request.getSession(false), engine);
        } else if (path.startsWith(engineRestPath)) {
            enginePath = path.substring(engineRestPath.length()).replaceFirst("^/engine/[^/]+", "");
            groups = Optional.ofNullable(identityService.getCurrentAuthentication()).map(Authentication::getGroupIds);
        } else {
            chain.doFilter(request, response);
            return;
        }
        if (groups.map(g -> g.contains(Groups.ADMIN)).orElse(false)) {
            chain.doFilter(request, response);
            return;
        }
        if (groups.map(Groups::onlyAccounting).orElse(false)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, Groups.ACCOUNTING_REFUSAL);
            return;
        }
        Optional<String> refusal = AdminOnlyOperations.refusal(request.getMethod(), enginePath);
        if (refusal.isPresent()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, refusal.get());
            return;
        }
        if (AdminOnlyOperations.isStart(request.getMethod(), enginePath)) {
            byte[] body = request.getInputStream().readAllBytes();
            try {
                if (AdminOnlyOperations.startNeedsAdmin(body, json)) {
                    refuse(response, HttpServletResponse.SC_FORBIDDEN, AdminOnlyOperations.START_REFUSAL);
                    return;
                }
            } catch (IOException malformed) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, "The request body is not valid JSON.");
                return;
            }
            chain.doFilter(new ReplayedBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<List<String>> webappGroups(HttpSession session, String engine) {
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return Optional.ofNullable(authentications.getAuthenticationForProcessEngine(engine))
                .filter(UserAuthentication.class::isInstance).map(a -> ((UserAuthentication) a).getGroupIds());
    }

    private void refuse(HttpServletResponse response, int status, String sentence) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String type = status == HttpServletResponse.SC_FORBIDDEN ? "AuthorizationException" : "InvalidRequestException";
        json.writeValue(response.getOutputStream(), Map.of("type", type, "message", sentence));
    }
}

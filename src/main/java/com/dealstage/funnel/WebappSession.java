package com.dealstage.funnel;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Who is logged in to Tasklist in this browser: Camunda's webapp keeps it in the HTTP session. */
final class WebappSession {

    private static final String ENGINE = "default";

    private WebappSession() {
    }

    /** The caller as the funnel sees him; null when nobody is logged in to the webapps in this session. */
    static FunnelViewer viewer(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
            return null;
        }
        try {
            return FunnelViewer.of(user.getName(), user.getGroupIds());
        } catch (ErrorResponseException notForTheFunnel) {
            return new FunnelViewer(user.getName(), user.getName());
        }
    }

    static ErrorResponseException notLoggedIn() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Log in to Tasklist (" + DashboardController.TASKLIST + ") first.");
        return new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
    }
}

package com.dealstage.deal;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Who reads deal data through /api/deals (issue 9): heads of sales and admins every deal, a sales manager his own
 * deals only (the deal's {@code manager} is he), quality control and process owners none. The group ids are
 * the design's (identity.Groups), written out so that the deal module does not depend on identity.
 * @param manager the caller's user id when he sees only his own deals; null when he sees all
 */
record Viewer(String userId, String manager) {

    private static final List<String> SEE_ALL = List.of("sales-heads", "camunda-admin");

    static Viewer of(Authentication user) {
        List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (groups.stream().anyMatch(SEE_ALL::contains)) {
            return new Viewer(user.getUserId(), null);
        }
        if (groups.contains("sales-managers")) {
            return new Viewer(user.getUserId(), user.getUserId());
        }
        throw forbidden("Deal data is for sales managers (their own deals) and heads of sales.");
    }

    boolean mayRead(Object dealManager) {
        return manager == null || manager.equals(dealManager);
    }

    static ErrorResponseException forbidden(String sentence) {
        return refusal(HttpStatus.FORBIDDEN, sentence);
    }

    static ErrorResponseException refusal(HttpStatus status, String sentence) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, sentence), null);
    }
}

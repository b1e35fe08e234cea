package com.dealstage.deal;

import com.dealstage.clients.ClientHasOpenDeal;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A duplicate lead on /api is a 409 naming the open deal and its manager. Ahead of the general engine-error
 * mapping, which would see only a ProcessEngineException (Spring matches the refusal in the cause chain too).
 */
@RestControllerAdvice(basePackages = "com.dealstage")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DealErrors {

    @ExceptionHandler(ClientHasOpenDeal.class)
    ProblemDetail duplicateLead(ClientHasOpenDeal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusal.getMessage());
        problem.setTitle("Client has an open deal");
        problem.setInstance(URI.create("/api/deals/" + refusal.openDealId()));
        problem.setProperty("openDealId", refusal.openDealId());
        problem.setProperty("manager", refusal.manager());
        problem.setProperty("clientId", refusal.clientId());
        return problem;
    }
}

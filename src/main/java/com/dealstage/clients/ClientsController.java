package com.dealstage.clients;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Clients and the blacklist, for heads of sales and admins: a blacklisted client gets no new deal. */
@RestController
@RequestMapping("/api/clients")
class ClientsController {

    private static final List<String> MAY_MANAGE = List.of("sales-heads", "camunda-admin");
    private static final int MAX_REASON = 1000;
    private static final int MAX_PAGE = 100;

    private final Clients clients;
    private final ClientList list;
    private final IdentityService identity;

    ClientsController(Clients clients, ClientList list, IdentityService identity) {
        this.clients = clients;
        this.list = list;
        this.identity = identity;
    }

    @Operation(summary = "Clients, each once, with their number of deals and blacklist state (heads of sales)")
    @GetMapping
    ClientList.ClientPage clients(@RequestParam(required = false) String search,
            @RequestParam(required = false) Boolean blacklisted, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        mayManage();
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw refusal(HttpStatus.BAD_REQUEST, "'page' must be 0 or more and 'size' between 1 and " + MAX_PAGE + ".");
        }
        return list.page(search, blacklisted, page, size);
    }

    @Operation(summary = "One client")
    @GetMapping("/{clientId}")
    Client client(@PathVariable long clientId) {
        mayManage();
        return clients.find(clientId).orElseThrow(() -> unknown(clientId));
    }

    @Operation(summary = "Blacklist a client (heads of sales): no new deal starts for it; the reason is shown to "
            + "whoever tries")
    @PutMapping("/{clientId}/blacklist")
    Client blacklist(@PathVariable long clientId, @RequestBody(required = false) BlacklistRequest request) {
        String user = mayManage();
        String reason = request == null || request.reason() == null ? "" : request.reason().trim();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw refusal(HttpStatus.BAD_REQUEST, "'reason' is required (at most " + MAX_REASON
                    + " characters): say why no deal may be started with this client.");
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return clients.blacklist(clientId, reason, user, now).orElseThrow(() -> unknown(clientId));
    }

    @Operation(summary = "Take a client off the blacklist (heads of sales)")
    @DeleteMapping("/{clientId}/blacklist")
    Client lift(@PathVariable long clientId) {
        mayManage();
        return clients.lift(clientId).orElseThrow(() -> unknown(clientId));
    }

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> refused(ErrorResponseException refusal) {
        return ResponseEntity.status(refusal.getStatusCode()).body(refusal.getBody());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail malformed(MethodArgumentTypeMismatchException mismatch) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'" + mismatch.getName()
                + "' must be " + (mismatch.getRequiredType() == long.class ? "a client id (a number)." : "true or false."));
    }

    private String mayManage() {
        Authentication user = identity.getCurrentAuthentication();
        if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(MAY_MANAGE::contains)) {
            throw refusal(HttpStatus.FORBIDDEN, "Only heads of sales see clients and keep the blacklist.");
        }
        return user.getUserId();
    }

    private static ErrorResponseException unknown(long clientId) {
        return refusal(HttpStatus.NOT_FOUND, "No client with id " + clientId + ".");
    }

    private static ErrorResponseException refusal(HttpStatus status, String sentence) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, sentence), null);
    }

    record BlacklistRequest(String reason) {
    }
}

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
import org.springframework.web.bind.annotation.PostMapping;
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
    private static final int MAX_PAGE = 100;

    private final Clients clients;
    private final ClientList list;
    private final Blacklist blacklist;
    private final StaleClients stale;
    private final IdentityService identity;

    ClientsController(Clients clients, ClientList list, Blacklist blacklist, StaleClients stale,
            IdentityService identity) {
        this.clients = clients;
        this.list = list;
        this.blacklist = blacklist;
        this.stale = stale;
        this.identity = identity;
    }

    @Operation(summary = "Clients, each once, with their number of deals and blacklist state (heads of sales)")
    @GetMapping
    ClientList.ClientPage clients(@RequestParam(required = false) String search,
            @RequestParam(required = false) Boolean blacklisted, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        mayManage();
        checkPage(page, size);
        return list.page(search, blacklisted, page, size);
    }

    @Operation(summary = "Clients with no stage movement for 'months' (default 12): the part of the base to refresh "
            + "(the method refreshes about 20 % a year); blacklisted clients are left out")
    @GetMapping("/stale")
    StaleClients.StalePage staleClients(@RequestParam(defaultValue = "12") int months,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        mayManage();
        checkPage(page, size);
        if (months < 1 || months > StaleClients.MAX_MONTHS) {
            throw refusal(HttpStatus.BAD_REQUEST, "'months' must be between 1 and " + StaleClients.MAX_MONTHS + ".");
        }
        return stale.page(months, page, size, ClockUtil.getCurrentTime().toInstant());
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
        String reason = Blacklist.checkedReason(request == null ? null : request.reason());
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return blacklist.add(clientId, reason, user, now).orElseThrow(() -> unknown(clientId));
    }

    @Operation(summary = "Blacklist a company by tax number or name (heads of sales), recorded as a client when new; "
            + "its planned re-contact and repeat-sale calls are put on hold")
    @PostMapping("/blacklist")
    Client blacklistCompany(@RequestBody(required = false) CompanyBlacklistRequest request) {
        String user = mayManage();
        if (request == null) {
            throw refusal(HttpStatus.BAD_REQUEST, "Send {\"companyTaxId\" or \"companyName\", \"reason\"}.");
        }
        String reason = Blacklist.checkedReason(request.reason());
        return blacklist.add(request.companyTaxId(), request.companyName(), reason, user,
                ClockUtil.getCurrentTime().toInstant());
    }

    @Operation(summary = "Take a client off the blacklist (heads of sales); held calls are planned again")
    @DeleteMapping("/{clientId}/blacklist")
    Client lift(@PathVariable long clientId) {
        String user = mayManage();
        return blacklist.lift(clientId, user, ClockUtil.getCurrentTime().toInstant()).orElseThrow(() -> unknown(clientId));
    }

    @Operation(summary = "Take a company off the blacklist by tax number or name (heads of sales)")
    @DeleteMapping("/blacklist")
    Client liftCompany(@RequestParam(required = false) String companyTaxId,
            @RequestParam(required = false) String companyName) {
        String user = mayManage();
        return blacklist.lift(companyTaxId, companyName, user, ClockUtil.getCurrentTime().toInstant())
                .orElseThrow(() -> refusal(HttpStatus.NOT_FOUND, "No client is known by "
                        + (companyTaxId == null || companyTaxId.isBlank() ? "the name '" + companyName + "'"
                        : "tax number " + companyTaxId) + "."));
    }

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> refused(ErrorResponseException refusal) {
        return ResponseEntity.status(refusal.getStatusCode()).body(refusal.getBody());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail malformed(MethodArgumentTypeMismatchException mismatch) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'" + mismatch.getName()
                + "' must be " + (mismatch.getRequiredType() == long.class ? "a client id (a number)."
                : mismatch.getRequiredType() == int.class ? "a whole number." : "true or false."));
    }

    private String mayManage() {
        Authentication user = identity.getCurrentAuthentication();
        if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(MAY_MANAGE::contains)) {
            throw refusal(HttpStatus.FORBIDDEN, "Only heads of sales see clients and keep the blacklist.");
        }
        return user.getUserId();
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw refusal(HttpStatus.BAD_REQUEST, "'page' must be 0 or more and 'size' between 1 and " + MAX_PAGE + ".");
        }
    }

    private static ErrorResponseException unknown(long clientId) {
        return refusal(HttpStatus.NOT_FOUND, "No client with id " + clientId + ".");
    }

    private static ErrorResponseException refusal(HttpStatus status, String sentence) {
        return Blacklist.refusal(status, sentence);
    }

    record BlacklistRequest(String reason) {
    }

    record CompanyBlacklistRequest(String companyTaxId, String companyName, String reason) {
    }
}

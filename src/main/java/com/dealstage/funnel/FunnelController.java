package com.dealstage.funnel;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The funnel and rejection reports, as JSON or, with {@code Accept: text/csv}, as a spreadsheet. */
@RestController
@RequestMapping("/api/funnel")
class FunnelController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private final FunnelReport funnel;
    private final RejectionReports rejections;
    private final AfterSalesReports afterSales;
    private final IdentityService identity;

    FunnelController(FunnelReport funnel, RejectionReports rejections, AfterSalesReports afterSales,
            IdentityService identity) {
        this.funnel = funnel;
        this.rejections = rejections;
        this.afterSales = afterSales;
        this.identity = identity;
    }

    @Operation(summary = "Funnel coefficients per manager for the deals whose lead intake falls in the period")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    FunnelAnswer funnel(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String team, @RequestParam(required = false) String manager) {
        FunnelViewer viewer = viewer();
        return funnel.of(Period.parse(from, to), team, viewer.manager(manager));
    }

    @GetMapping(produces = "text/csv")
    ResponseEntity<byte[]> funnelCsv(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String team,
            @RequestParam(required = false) String manager) {
        return csv("funnel", FunnelCsv.funnel(funnel(from, to, team, manager)));
    }

    @Operation(summary = "Rejections by reason, stage and manager, with coaching signals (heads of sales)")
    @GetMapping(path = "/rejections", produces = MediaType.APPLICATION_JSON_VALUE)
    RejectionReport rejections(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String team) {
        if (!viewer().seesEverybody()) {
            throw FunnelErrors.forbidden("The rejection report compares the whole team: it is for heads of sales.");
        }
        return rejections.of(Period.parse(from, to), team);
    }

    @GetMapping(path = "/rejections", produces = "text/csv")
    ResponseEntity<byte[]> rejectionsCsv(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String team) {
        return csv("rejections", FunnelCsv.rejections(rejections(from, to, team)));
    }

    @Operation(summary = "After the sale: NPS and its weekly trend, repeat share of paid revenue, referrals per manager")
    @GetMapping(path = "/after-sales", produces = MediaType.APPLICATION_JSON_VALUE)
    AfterSalesReport afterSales(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String team) {
        if (!viewer().seesEverybody()) {
            throw FunnelErrors.forbidden("The after-sales figures compare the whole team: they are for heads of sales.");
        }
        return afterSales.of(Period.parse(from, to), team);
    }

    @GetMapping(path = "/after-sales", produces = "text/csv")
    ResponseEntity<byte[]> afterSalesCsv(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String team) {
        return csv("after-sales", FunnelCsv.afterSales(afterSales(from, to, team)));
    }

    private FunnelViewer viewer() {
        Authentication user = identity.getCurrentAuthentication();
        return user == null ? FunnelViewer.of(null, List.of()) : FunnelViewer.of(user.getUserId(), user.getGroupIds());
    }

    private static ResponseEntity<byte[]> csv(String name, byte[] body) {
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").body(body);
    }
}

package com.dealstage.funnel;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The heads of sales' dashboard, behind Tasklist's own login (the Camunda webapp session): the page, its script and
 * its data. Nobody logged in is sent to Tasklist to log in; a logged-in user who is not a head of sales gets 403.
 * The page and script live outside static/ so that nothing of the dashboard is served without that session.
 */
@RestController
class DashboardController {

    static final String TASKLIST = "/camunda/app/tasklist/";
    private final FunnelReport funnel;
    private final RejectionReports rejections;
    private final AfterSalesReports afterSales;

    DashboardController(FunnelReport funnel, RejectionReports rejections, AfterSalesReports afterSales) {
        this.funnel = funnel;
        this.rejections = rejections;
        this.afterSales = afterSales;
    }

    @GetMapping("/dashboard")
    ResponseEntity<String> page(HttpServletRequest request) {
        FunnelViewer viewer = WebappSession.viewer(request);
        if (viewer == null) {
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(TASKLIST)).build();
        }
        if (!viewer.seesEverybody()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_HTML)
                    .body(resource("dashboard/forbidden.html"));
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(resource("dashboard/index.html"));
    }

    @GetMapping(path = "/dashboard/dashboard.js", produces = "text/javascript")
    ResponseEntity<String> script(HttpServletRequest request) {
        heads(request);
        return ResponseEntity.ok().contentType(new MediaType("text", "javascript")).body(
                resource("dashboard/dashboard.js"));
    }

    /** For Tasklist's header: whether to show the dashboard link to the user logged in. */
    @GetMapping("/dashboard/access")
    Map<String, Object> access(HttpServletRequest request) {
        FunnelViewer viewer = WebappSession.viewer(request);
        if (viewer == null) {
            throw WebappSession.notLoggedIn();
        }
        return Map.of("userId", viewer.userId(), "dashboard", viewer.seesEverybody());
    }

    @GetMapping("/dashboard/data/funnel")
    FunnelAnswer funnel(HttpServletRequest request, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String team) {
        heads(request);
        return funnel.of(Period.parse(from, to), team, null);
    }

    @GetMapping("/dashboard/data/rejections")
    RejectionReport rejections(HttpServletRequest request, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String team) {
        heads(request);
        return rejections.of(Period.parse(from, to), team);
    }

    @GetMapping("/dashboard/data/after-sales")
    AfterSalesReport afterSales(HttpServletRequest request, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String team) {
        heads(request);
        return afterSales.of(Period.parse(from, to), team);
    }

    private static void heads(HttpServletRequest request) {
        FunnelViewer viewer = WebappSession.viewer(request);
        if (viewer == null) {
            throw WebappSession.notLoggedIn();
        }
        if (!viewer.seesEverybody()) {
            throw FunnelErrors.forbidden("The dashboard is for heads of sales.");
        }
    }

    private static String resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

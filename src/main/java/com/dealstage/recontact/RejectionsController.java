package com.dealstage.recontact;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only reports on rejections; any authenticated user may read them (managers learn from each other). */
@RestController
@RequestMapping("/api/rejections")
class RejectionsController {

    private final Rejections rejections;

    RejectionsController(Rejections rejections) {
        this.rejections = rejections;
    }

    @Operation(summary = "Rejections counted per reason code and per manager, and how many will be called again")
    @GetMapping("/summary")
    RejectionSummary summary() {
        return rejections.summary();
    }
}

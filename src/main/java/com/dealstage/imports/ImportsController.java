package com.dealstage.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Cold-call lists for heads of sales: upload (multipart field {@code file}, or the CSV itself as a text/csv body),
 * progress, the per-row report as CSV, resuming an interrupted import. 202 while an import runs.
 */
@RestController
@RequestMapping("/api/imports")
class ImportsController {

    private final ImportUpload upload;
    private final ImportReads reads;
    private final ImportWorker worker;
    private final ImportAccess access;
    private final BlacklistList blacklist;
    private final ObjectMapper json;

    ImportsController(ImportUpload upload, ImportReads reads, ImportWorker worker, ImportAccess access,
            BlacklistList blacklist, ObjectMapper json) {
        this.blacklist = blacklist;
        this.upload = upload;
        this.reads = reads;
        this.worker = worker;
        this.access = access;
        this.json = json;
    }

    @Operation(summary = "Import a cold-call list (multipart field 'file'): CSV in UTF-8 (BOM or not) or "
            + "Windows-1251, ';' or ',', English or Russian headers; optional 'charset' and 'mapping' (JSON object "
            + "header -> field). 202 with the import's progress; the same file again: 200 with the earlier import")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportStatus> importFile(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String charset, @RequestParam(required = false) String mapping)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return accept(in, file.getOriginalFilename(), charset, mapping);
        }
    }

    @Operation(summary = "Import a cold-call list sent as the body (text/csv); 'name' is the file name to report")
    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<ImportStatus> importBody(HttpServletRequest request, @RequestParam(required = false) String name,
            @RequestParam(required = false) String charset, @RequestParam(required = false) String mapping)
            throws IOException {
        access.mayImport();
        if (request.getContentLengthLong() > upload.limit()) {
            throw new ImportUpload.TooLarge(upload.limit());
        }
        return accept(request.getInputStream(), name, charset, mapping);
    }

    @Operation(summary = "Blacklist the companies of a CSV file (columns companyTaxId/ИНН, companyName/Компания, "
            + "reason/Причина; 'reason' for lines without one), or with lift=true take them off: each line on its "
            + "own, wrong lines reported")
    @PostMapping(value = "/blacklist", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    BlacklistList.Result blacklist(HttpServletRequest request, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean lift, @RequestParam(required = false) String charset,
            @RequestParam(required = false) String mapping) throws IOException {
        String user = access.mayImport();
        if (request.getContentLengthLong() > upload.limit()) {
            throw new ImportUpload.TooLarge(upload.limit());
        }
        try {
            return blacklist.apply(request.getInputStream(), charset, mapping(mapping), reason, lift, user);
        } catch (IllegalArgumentException wrong) {
            throw ImportAccess.refusal(HttpStatus.BAD_REQUEST, wrong.getMessage());
        }
    }

    @Operation(summary = "Recent imports (heads of sales)")
    @GetMapping
    List<ImportStatus> imports() {
        access.mayImport();
        return reads.recent();
    }

    @Operation(summary = "An import's progress: rows read, started, skipped by reason, failed")
    @GetMapping("/{id}")
    ImportStatus status(@PathVariable String id) {
        return reads.status(access.mayRead(id), false);
    }

    @Operation(summary = "The per-row report as CSV (UTF-8 with BOM, ';'): line, outcome, reason, field, message, "
            + "company, deal, manager, the rule that chose him, score")
    @GetMapping(value = "/{id}/report", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> report(@PathVariable String id) {
        ImportRun run = access.mayRead(id);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"import-" + run.id() + "-report.csv\"")
                .body(out -> reads.report(run.id(), out));
    }

    @Operation(summary = "Resume an interrupted import from its last committed line (202); 409 when it is done or "
            + "being worked on by a live node")
    @PostMapping("/{id}/resume")
    ResponseEntity<ImportStatus> resume(@PathVariable String id) {
        access.mayImport();
        ImportRun run = access.mayRead(id);
        if (!reads.resumable(run)) {
            throw ImportAccess.refusal(HttpStatus.CONFLICT, "Import " + id + " is " + run.status().name().toLowerCase()
                    + (run.status() == ImportRun.Status.RUNNING ? " on a node that is still working it." : ": nothing to resume."));
        }
        worker.submit(id, true);
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + id)).body(reads.status(run, false));
    }

    private ResponseEntity<ImportStatus> accept(InputStream in, String fileName, String charset, String mapping)
            throws IOException {
        String user = access.mayImport();
        ImportUpload.Accepted accepted;
        try {
            accepted = upload.accept(in, fileName, charset, mapping(mapping), user);
        } catch (IllegalArgumentException wrong) {
            throw ImportAccess.refusal(HttpStatus.BAD_REQUEST, wrong.getMessage());
        }
        if (!accepted.created()) {
            return ResponseEntity.ok(reads.status(accepted.run(), true));
        }
        worker.submit(accepted.run().id(), false);
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + accepted.run().id()))
                .body(reads.status(accepted.run(), false));
    }

    private Map<String, String> mapping(String mapping) {
        if (mapping == null || mapping.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(mapping, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException wrong) {
            throw ImportAccess.refusal(HttpStatus.BAD_REQUEST, "'mapping' must be a JSON object from column header "
                    + "to field, e.g. {\"Фирма\": \"companyName\", \"Тел.\": \"contactPhone\"}.");
        }
    }
}

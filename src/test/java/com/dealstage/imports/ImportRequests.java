package com.dealstage.imports;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Lists uploaded and imports read over /api, as a given demo user (password = user id). */
final class ImportRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestRestTemplate rest;

    ImportRequests(TestRestTemplate rest) {
        this.rest = rest;
    }

    TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, user.equals("admin") ? "admin-test" : user);
    }

    /**
     * A multipart upload, as a browser form or a script would send the file.
     * @param fields further form fields as {@code name=value&name=value} (values taken as they stand), or null
     */
    ResponseEntity<String> upload(String user, byte[] file, String fileName, String fields) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (fields != null) {
            for (String field : fields.split("&")) {
                form.add(field.substring(0, field.indexOf('=')), field.substring(field.indexOf('=') + 1));
            }
        }
        form.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(user).postForEntity("/api/imports", new HttpEntity<>(form, headers), String.class);
    }

    /** The CSV itself as the body. */
    ResponseEntity<String> post(String user, String path, byte[] csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        return as(user).postForEntity(path, new HttpEntity<>(csv, headers), String.class);
    }

    JsonNode status(String user, String importId) {
        return json(as(user).getForEntity("/api/imports/" + importId, String.class));
    }

    /** Waits until the import is no longer running and returns its status. */
    JsonNode finished(String importId) {
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> status("helen", importId), status -> !"RUNNING".equals(status.get("status").asText()));
    }

    String report(String importId) {
        byte[] body = as("helen").getForEntity("/api/imports/" + importId + "/report", byte[].class).getBody();
        return new String(body, StandardCharsets.UTF_8);
    }

    static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

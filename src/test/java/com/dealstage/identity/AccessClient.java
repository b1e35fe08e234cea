package com.dealstage.identity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** One demo user over HTTP Basic (password = user id; the test profile's admin has admin-test), JSON in and out. */
final class AccessClient {

    static final String ADMIN_PASSWORD = "admin-test";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate http;
    final String user;

    AccessClient(TestRestTemplate rest, String user) {
        this.user = user;
        this.http = rest.withBasicAuth(user, "admin".equals(user) ? ADMIN_PASSWORD : user);
    }

    ResponseEntity<String> get(String path) {
        return send(HttpMethod.GET, path, null);
    }

    ResponseEntity<String> post(String path, Object body) {
        return send(HttpMethod.POST, path, body);
    }

    ResponseEntity<String> put(String path, Object body) {
        return send(HttpMethod.PUT, path, body);
    }

    ResponseEntity<String> delete(String path) {
        return send(HttpMethod.DELETE, path, null);
    }

    ResponseEntity<String> send(HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    /** What Camunda Modeler sends to deploy a diagram. */
    ResponseEntity<String> postMultipart(String path, String deploymentName, String fileName, String content) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", deploymentName);
        parts.add("deploy-changed-only", "true");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add(fileName, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    }

    /** A GET answered 200 with a JSON array. */
    List<Map<String, Object>> list(String path) {
        ResponseEntity<String> response = get(path);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError(user + " GET " + path + " -> " + response.getStatusCode() + " " + response.getBody());
        }
        return parse(response.getBody(), new TypeReference<>() {
        });
    }

    static Map<String, Object> json(String body) {
        return parse(body, new TypeReference<>() {
        });
    }

    private static <T> T parse(String body, TypeReference<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (Exception e) {
            throw new AssertionError("Not the JSON expected: " + body, e);
        }
    }

    /** Camunda's REST variable format. */
    static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }
}

package com.dealstage.api;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Sends a request body exactly as written (a literal null, broken JSON), as one user with HTTP Basic. */
final class RawJson {

    private final TestRestTemplate http;

    RawJson(TestRestTemplate rest, String user, String password) {
        this.http = rest.withBasicAuth(user, password);
    }

    RawJson(TestRestTemplate rest, String user) {
        this(rest, user, user);
    }

    ResponseEntity<String> post(String path, String body) {
        return send(HttpMethod.POST, path, body);
    }

    ResponseEntity<String> put(String path, String body) {
        return send(HttpMethod.PUT, path, body);
    }

    ResponseEntity<String> get(String path) {
        return http.exchange(path, HttpMethod.GET, null, String.class);
    }

    ResponseEntity<String> send(HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    /** One variable in Camunda's REST format. */
    static String variable(String value) {
        return "{\"value\": \"" + value + "\"}";
    }
}

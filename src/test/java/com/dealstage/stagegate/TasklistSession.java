package com.dealstage.stagegate;

import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Talks to Tasklist's own engine API (/camunda/api/engine/...) as the Tasklist page does: a session cookie from
 * the login form and the CSRF token Camunda's webapps require on every change.
 */
final class TasklistSession {

    private final TestRestTemplate http;
    private final HttpHeaders session = new HttpHeaders();

    TasklistSession(TestRestTemplate rest, String user, String password) {
        this.http = rest;
        Map<String, String> cookies = new LinkedHashMap<>();
        remember(http.getForEntity("/camunda/app/tasklist/default/", String.class), cookies);
        HttpHeaders login = headers(cookies);
        login.add(HttpHeaders.ORIGIN, http.getRootUri());
        login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        ResponseEntity<String> loggedIn = http.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                new HttpEntity<>(form, login), String.class);
        if (!loggedIn.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("Tasklist login failed: " + loggedIn);
        }
        remember(loggedIn, cookies);
        // login starts a new session with a token of its own, which the next read hands out
        remember(http.exchange("/camunda/api/engine/engine/", HttpMethod.GET, new HttpEntity<>(headers(cookies)),
                String.class), cookies);
        session.addAll(headers(cookies));
        // Camunda's CSRF filter also wants the request to come from its own origin, as a browser's does
        session.add(HttpHeaders.ORIGIN, http.getRootUri());
        session.add(HttpHeaders.REFERER, http.getRootUri() + "/camunda/app/tasklist/default/");
        session.setContentType(MediaType.APPLICATION_JSON);
    }

    /** The session cookie and the CSRF token Camunda's webapps check on every change. */
    private static HttpHeaders headers(Map<String, String> cookies) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; ")));
        if (cookies.containsKey("XSRF-TOKEN")) {
            headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        return headers;
    }

    private static void remember(ResponseEntity<?> response, Map<String, String> cookies) {
        for (String header : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String[] nameValue = header.split(";", 2)[0].split("=", 2);
            cookies.put(nameValue[0].trim(), nameValue.length > 1 ? nameValue[1] : "");
        }
        String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
        if (token != null) {
            cookies.put("XSRF-TOKEN", token);
        }
    }

    ResponseEntity<String> submitForm(String taskId, Map<String, Object> camundaVariables) {
        return http.exchange("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", camundaVariables), session), String.class);
    }

}

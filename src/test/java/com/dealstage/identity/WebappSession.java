package com.dealstage.identity;

import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * What Tasklist's browser code does: log in to the webapp (session cookie, CSRF token) and call the
 * webapp's own engine API at /camunda/api/engine/engine/default, not /engine-rest.
 */
final class WebappSession {

    static final String ENGINE_API = "/camunda/api/engine/engine/default";
    private final TestRestTemplate http;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private WebappSession(TestRestTemplate http) {
        this.http = http;
    }

    static WebappSession logIn(TestRestTemplate rest, String user) {
        WebappSession session = new WebappSession(rest);
        session.send(HttpMethod.GET, "/camunda/app/tasklist/default/", null, MediaType.TEXT_HTML);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", "admin".equals(user) ? AccessClient.ADMIN_PASSWORD : user);
        ResponseEntity<String> login = session.send(HttpMethod.POST,
                "/camunda/api/admin/auth/user/default/login/tasklist", form, MediaType.APPLICATION_FORM_URLENCODED);
        if (!login.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("Tasklist login of " + user + " failed: " + login);
        }
        // the login starts a new session; like the browser, fetch who is logged in to get its CSRF token
        session.send(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, MediaType.APPLICATION_JSON);
        return session;
    }

    ResponseEntity<String> get(String enginePath) {
        return send(HttpMethod.GET, ENGINE_API + enginePath, null, MediaType.APPLICATION_JSON);
    }

    ResponseEntity<String> post(String enginePath, Object body) {
        return send(HttpMethod.POST, ENGINE_API + enginePath, body, MediaType.APPLICATION_JSON);
    }

    ResponseEntity<String> put(String enginePath, Object body) {
        return send(HttpMethod.PUT, ENGINE_API + enginePath, body, MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<String> send(HttpMethod method, String path, Object body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML));
        if (!cookies.isEmpty()) {
            headers.add(HttpHeaders.COOKIE, cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (cookies.containsKey("XSRF-TOKEN")) {
            headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        for (String setCookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            HttpCookie.parse(setCookie).forEach(c -> cookies.put(c.getName(), c.getValue()));
        }
        return response;
    }
}

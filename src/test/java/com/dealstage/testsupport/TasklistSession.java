package com.dealstage.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Tasklist's own engine API (/camunda/api/engine/engine/default/...) as the browser uses it: a session
 * from the login form and the XSRF token Camunda's CSRF filter expects on every change.
 */
public final class TasklistSession {

    private static final String ENGINE_API = "/camunda/api/engine/engine/default";
    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private TasklistSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public static TasklistSession login(int port, String user) throws IOException, InterruptedException {
        TasklistSession session = new TasklistSession("http://localhost:" + port);
        session.send("GET", "/camunda/app/tasklist/default/", null, null);
        HttpResponse<String> login = session.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=" + user + "&password=" + user);
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Tasklist login of " + user + " failed: " + login.statusCode());
        }
        session.get("/task/count"); // the login starts a new session; its first answer carries the new token
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", ENGINE_API + path, null, null);
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send("POST", ENGINE_API + path, "application/json", json);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

package com.dealstage.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The XHR responses Tasklist received, read from Chromium's performance log: they show which
 * webapp REST endpoint produced a message and with which status, without a proxy in between.
 */
final class NetworkLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Response(String method, String url, int status, String body) {
        @Override
        public String toString() {
            return method + " " + url + " -> " + status + "\n" + body;
        }
    }

    private NetworkLog() {
    }

    /** Forgets the traffic so far, so that the next read shows only what follows. */
    static void clear(ChromeDriver driver) {
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    /** Reading drains the log, so call it once right after the action of interest. */
    static List<Response> responses(ChromeDriver driver, String urlPart) {
        List<Response> found = new ArrayList<>();
        Map<String, String> methods = new HashMap<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = read(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            String requestId = params.path("requestId").asText();
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> methods.put(requestId, params.path("request").path("method").asText());
                case "Network.responseReceived" -> {
                    JsonNode response = params.path("response");
                    String url = response.path("url").asText();
                    if (url.contains(urlPart)) {
                        found.add(new Response(methods.getOrDefault(requestId, "?"), url,
                                response.path("status").asInt(), body(driver, requestId)));
                    }
                }
                default -> {
                }
            }
        }
        return found;
    }

    private static String body(ChromeDriver driver, String requestId) {
        try {
            return String.valueOf(driver.executeCdpCommand("Network.getResponseBody", Map.of("requestId", requestId))
                    .get("body"));
        } catch (RuntimeException e) {
            return "(body not available: " + e.getMessage() + ")";
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable performance log entry: " + json, e);
        }
    }
}

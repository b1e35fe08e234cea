package com.dealstage.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.nio.file.Path;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * One {@code curl} line of the guide, sent through the test's server: {@code -u}, {@code -H}, {@code -d},
 * {@code --data-binary [@file]}, {@code -X} and the URL, whose {@code http://localhost:8080} is the test's server.
 * The demo run's admin password is the test profile's; {@code <name>} in the URL is a value an answer captured.
 */
record CurlRequest(HttpMethod method, String user, String password, HttpHeaders headers, String body, String path) {

    private static final Map<String, String> TEST_PASSWORDS = Map.of("admin:admin", "admin:admin-test");

    static CurlRequest parse(String command, Function<String, Path> files) throws IOException {
        List<String> words = words(command.replace("\\\n", " "));
        if (words.isEmpty() || !words.get(0).equals("curl")) {
            throw new AssertionError("Not a curl command: " + command);
        }
        String method = null;
        String credentials = null;
        String body = null;
        String url = null;
        HttpHeaders headers = new HttpHeaders();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-u" -> credentials = TEST_PASSWORDS.getOrDefault(words.get(++i), words.get(i));
                case "-H" -> {
                    String[] header = words.get(++i).split(":\\s*", 2);
                    headers.add(header[0], header[1]);
                }
                case "-X" -> method = words.get(++i);
                case "-d", "--data", "--data-binary" -> {
                    String data = words.get(++i);
                    body = data.startsWith("@") ? Files.readString(files.apply(data.substring(1))) : data;
                }
                default -> url = word;
            }
        }
        if (url == null || !url.startsWith("http://localhost:8080/")) {
            throw new AssertionError("No URL of the local run in: " + command);
        }
        String[] user = credentials == null ? new String[] {null, null} : credentials.split(":", 2);
        HttpMethod verb = HttpMethod.valueOf(method != null ? method : body != null ? "POST" : "GET");
        return new CurlRequest(verb, user[0], user[1], headers, body, url.substring("http://localhost:8080".length()));
    }

    ResponseEntity<String> send(TestRestTemplate rest, Map<String, Object> captured) {
        String target = path;
        for (Map.Entry<String, Object> value : captured.entrySet()) {
            target = target.replace("<" + value.getKey() + ">", String.valueOf(value.getValue()));
        }
        TestRestTemplate caller = user == null ? rest : rest.withBasicAuth(user, password);
        return caller.exchange(target, method, new HttpEntity<>(body, headers), String.class);
    }

    /** Shell words: spaces separate, single and double quotes group. */
    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : command.strip().toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}

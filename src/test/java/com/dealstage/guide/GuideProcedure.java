package com.dealstage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.guide.GuidePage.Block;
import com.dealstage.testsupport.EngineRestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Does what one section of the guide says, block by block: file edits, then each curl request with the answer
 * shown after it (a GET is asked again until it matches, since saved files are picked up asynchronously).
 * Returns the section's "shown-to-manager" sentences, for the test to check on a deal.
 */
final class GuideProcedure {

    private static final Duration PICKED_UP_WITHIN = Duration.ofSeconds(45);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate rest;
    private final GuideFiles files;
    private final Map<String, Object> captured;

    GuideProcedure(TestRestTemplate rest, GuideFiles files, Map<String, Object> captured) {
        this.rest = rest;
        this.files = files;
        this.captured = captured;
    }

    List<String> follow(List<Block> blocks) throws IOException {
        List<String> shown = new ArrayList<>();
        Set<String> edited = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (GuideFiles.isEdit(block)) {
                files.apply(block, next);
                block.words().stream().skip(1).forEach(file -> edited.add(file.split("/")[0]));
                i += block.word(0).startsWith("replace") ? 1 : 0;
                continue;
            }
            settle(edited, Instant.now());
            edited.clear();
            if (block.language().equals("bash")) {
                assertThat(next).as("an answer block after %s", block.body()).isNotNull();
                assertThat(next.word(0)).as("the block after %s", block.body()).isEqualTo("answer");
                ask(CurlRequest.parse(block.body(), files::resolve), next);
                i++;
            } else if (block.word(0).equals("shown-to-manager")) {
                shown.add(block.body().strip());
            } else {
                throw new AssertionError("The guide's test does not know what to do with a block '"
                        + block.language() + " " + String.join(" ", block.words()) + "'");
            }
        }
        settle(edited, Instant.now());
        return shown;
    }

    /** Waits until the application has read what was saved: a rule reload begun since, every diagram deployed. */
    private void settle(Set<String> edited, Instant savedBy) {
        EngineRestClient admin = EngineRestClient.admin(rest);
        if (edited.contains("rules")) {
            Awaitility.await("rules reloaded").atMost(PICKED_UP_WITHIN).pollInterval(Duration.ofMillis(200))
                    .until(() -> admin.get("/api/rules/status").getBody().get("lastAttemptAt"),
                            at -> at != null && Instant.parse((String) at).isAfter(savedBy));
        }
        if (edited.contains("processes")) {
            Awaitility.await("processes deployed").atMost(PICKED_UP_WITHIN).pollInterval(Duration.ofMillis(200))
                    .until(() -> admin.get("/api/processes/status").getBody(), GuideProcedure::everyFileDeployedOrRefused);
        }
    }

    private static boolean everyFileDeployedOrRefused(Map<String, Object> status) {
        Set<Object> refused = new HashSet<>();
        ((List<Map<String, Object>>) status.get("refused")).forEach(refusal -> refused.add(refusal.get("file")));
        return ((List<Map<String, Object>>) status.get("files")).stream()
                .allMatch(file -> Boolean.TRUE.equals(file.get("upToDate")) || refused.contains(file.get("file")));
    }

    private void ask(CurlRequest request, Block answer) throws IOException {
        int status = answer.word(1).isEmpty() ? 200 : Integer.parseInt(answer.word(1));
        JsonNode expected = JSON.readTree(answer.body());
        AnswerShape shape = new AnswerShape(captured);
        if (request.method() == HttpMethod.GET) {
            Awaitility.await(request.path()).atMost(PICKED_UP_WITHIN).pollInterval(Duration.ofMillis(300))
                    .untilAsserted(() -> assertMatches(request, shape, status, expected));
        } else {
            assertMatches(request, shape, status, expected);
        }
    }

    private void assertMatches(CurlRequest request, AnswerShape shape, int status, JsonNode expected)
            throws IOException {
        ResponseEntity<String> response = request.send(rest, captured);
        assertThat(response.getStatusCode().value()).as("%s %s -> %s", request.method(), request.path(),
                response.getBody()).isEqualTo(status);
        assertThat(shape.differences(expected, JSON.readTree(response.getBody())))
                .as("%s %s -> %s", request.method(), request.path(), response.getBody()).isEmpty();
    }
}

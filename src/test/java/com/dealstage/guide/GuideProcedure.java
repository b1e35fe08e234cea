package com.dealstage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.guide.GuidePage.Block;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (GuideFiles.isEdit(block)) {
                files.apply(block, next);
                i += block.word(0).startsWith("replace") ? 1 : 0;
            } else if (block.language().equals("bash")) {
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
        return shown;
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

package com.dealstage.api;

import static com.dealstage.api.ErrorBodies.assertRefusal;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A fault no caller can fix (here: a resource on each API that breaks with internal details in its
 * message) is a 500 with a generic sentence and an id; the id, the request and the stack trace are in the
 * server log. Own context: the faulty resources exist only in this test's application.
 */
@Tag("own-context")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorsTest {

    private static final String INTERNALS = "SELECT TEXT_ FROM ACT_RU_VARIABLE failed in org.example.Secret";
    private static final Pattern ERROR_ID = Pattern.compile("error id ([0-9a-f-]{13})");

    @Autowired private TestRestTemplate rest;

    @Test
    void unexpectedErrorOnEngineRestIsAGeneric500WithALoggedId(CapturedOutput log) {
        assertGeneric500(new RawJson(rest, "anna").get("/engine-rest/fault"), "GET /engine-rest/fault", log);
    }

    @Test
    void unexpectedErrorOnTheProjectApiIsAGeneric500WithALoggedId(CapturedOutput log) {
        assertGeneric500(new RawJson(rest, "anna").get("/api/fault"), "GET /api/fault", log);
    }

    private static void assertGeneric500(ResponseEntity<String> response, String request, CapturedOutput log) {
        assertRefusal(response, 500, "could not complete this request", "error id");
        assertThat(response.getBody()).doesNotContain("Secret", "TEXT_", "IllegalState");
        Matcher id = ERROR_ID.matcher(response.getBody());
        assertThat(id.find()).isTrue();
        assertThat(log.getOut()).contains("Unexpected error " + id.group(1) + " answering " + request)
                .contains("java.lang.IllegalStateException: " + INTERNALS);
    }

    @TestConfiguration
    static class Faults {

        @Bean
        ResourceConfigCustomizer faultyEngineResource() {
            return config -> config.register(FaultyResource.class);
        }

        @Bean
        FaultyController faultyController() {
            return new FaultyController();
        }
    }

    @Path("/fault")
    public static class FaultyResource {
        @GET
        public String fail() {
            throw new IllegalStateException(INTERNALS);
        }
    }

    @RestController
    static class FaultyController {
        @GetMapping("/api/fault")
        String fail() {
            throw new IllegalStateException(INTERNALS);
        }
    }
}

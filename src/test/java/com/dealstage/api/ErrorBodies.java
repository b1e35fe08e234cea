package com.dealstage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.http.ResponseEntity;

/** What a refusal must and must not show a caller. */
final class ErrorBodies {

    /** SQL, table names, Java class and package names, stack frames: none of it is the caller's business. */
    static final List<String> LEAKS = List.of("INSERT", "SELECT", "UPDATE ", "DELETE ", "SQL", "JDBC", "Jdbc", "ACT_",
            "VARYING", "org.", "java.", "com.", "Exception:", "NullPointer", "ClassCast", "IllegalState", "Persistence",
            "\tat ", "Caused by", "Entity[");

    private ErrorBodies() {
    }

    /** The status, a sentence naming what is wrong, and nothing internal. */
    static void assertRefusal(ResponseEntity<String> response, int status, String... named) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getBody()).as("a sentence, not an empty body").isNotBlank().contains(named);
        assertNoLeak(response.getBody());
    }

    static void assertNoLeak(String body) {
        assertThat(body).doesNotContain(LEAKS);
    }
}

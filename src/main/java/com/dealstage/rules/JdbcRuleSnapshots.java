package com.dealstage.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Table {@code rule_snapshot} (V40): one row per distinct good rule base, the newest wins. Shared by all nodes on
 * one database, so a node restarted with broken rules starts on what any node last loaded successfully.
 */
final class JdbcRuleSnapshots implements RuleSnapshots {

    private static final TypeReference<Map<String, String>> FILES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    JdbcRuleSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RuleSnapshot> latest() {
        return jdbc.sql("SELECT files, saved_at FROM rule_snapshot ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, row) -> new RuleSnapshot(parse(rs.getString("files")),
                        rs.getObject("saved_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    @Override
    public void save(RuleSnapshot snapshot) {
        String hash = snapshot.hash();
        Optional<String> last = jdbc.sql("SELECT content_hash FROM rule_snapshot ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .query(String.class).optional();
        if (last.filter(hash::equals).isPresent()) {
            return;
        }
        jdbc.sql("INSERT INTO rule_snapshot (content_hash, files, saved_at) VALUES (?, ?, ?)")
                .params(hash, write(snapshot.files()), OffsetDateTime.ofInstant(snapshot.savedAt(), ZoneOffset.UTC))
                .update();
    }

    private Map<String, String> parse(String text) {
        try {
            return json.readValue(text, FILES);
        }
        catch (JsonProcessingException ex) {
            throw new IllegalStateException("rule_snapshot holds unreadable JSON", ex);
        }
    }

    private String write(Map<String, String> files) {
        try {
            return json.writeValueAsString(files);
        }
        catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

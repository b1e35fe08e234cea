package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start safe: the last good rule base is kept and runs when rules/ is refused at startup. */
class RuleSnapshotsTests {

    private static final StageCompletion CONTRACT = new StageCompletion("deal-pipeline", "contract", Map.of());

    @TempDir
    Path rules;

    private final Kept kept = new Kept();

    @Test
    void everyGoodLoadIsKeptOnce() throws IOException {
        write(requires("contractNumber"));
        RuleEngine engine = start();
        engine.reload();

        assertThat(kept.saved).hasSize(2);
        assertThat(kept.saved.get(0).files()).containsOnlyKeys("gates.drl");
        assertThat(kept.saved.get(0).hash()).isEqualTo(kept.saved.get(1).hash());
        write(requires("invoiceNumber"));
        engine.reload();
        assertThat(kept.saved.get(2).hash()).isNotEqualTo(kept.saved.get(0).hash());
    }

    @Test
    void brokenRulesAtStartupRunOnTheLastGoodOnesAndReportTheFault() throws IOException {
        write(requires("contractNumber"));
        start();
        write(requires("invoiceNumber").replace("then", "thn"));

        RuleEngine restarted = start();

        RulesStatus status = restarted.status();
        assertThat(status.state()).isEqualTo(RulesStatus.FAILED_RELOAD);
        assertThat(status.source()).isEqualTo(RulesStatus.SNAPSHOT);
        assertThat(status.degraded()).isTrue();
        assertThat(status.loadedAt()).isEqualTo(kept.saved.get(0).savedAt());
        assertThat(status.files()).containsExactly("gates.drl");
        assertThat(status.errors()).first().satisfies(error -> {
            assertThat(error.file()).isEqualTo("gates.drl");
            assertThat(error.line()).isEqualTo(6);
            assertThat(error.message()).contains("no 'then'");
        });
        assertThat(restarted.check(CONTRACT)).extracting(Violation::field).containsExactly("contractNumber");
        assertThat(kept.saved).as("refused rules are never kept").hasSize(1);
    }

    @Test
    void theFixedFileIsSwappedInByTheNextReload() throws IOException {
        write(requires("contractNumber"));
        start();
        write("rule \"Broken\" when then");
        RuleEngine restarted = start();
        write(requires("invoiceNumber"));

        RulesStatus status = restarted.reload();

        assertThat(status.ok()).isTrue();
        assertThat(status.source()).isEqualTo(RulesStatus.FOLDER);
        assertThat(restarted.check(CONTRACT)).extracting(Violation::field).containsExactly("invoiceNumber");
    }

    @Test
    void aDatabaseThatCannotKeepTheSnapshotDoesNotRefuseGoodRules() throws IOException {
        write(requires("contractNumber"));
        RuleSnapshots failing = new Kept() {
            @Override
            public void save(RuleSnapshot snapshot) {
                throw new IllegalStateException("database down");
            }
        };

        RuleEngine engine = RuleEngine.start(new RuleEngine(rules, List.of(), failing, RuleWarnings.NONE));

        assertThat(engine.status().ok()).isTrue();
        assertThat(engine.check(CONTRACT)).extracting(Violation::field).containsExactly("contractNumber");
    }

    @Test
    void withoutAnySnapshotBrokenRulesStopTheStart() throws IOException {
        write("rule \"Broken\" when then");

        assertThatThrownBy(this::start).isInstanceOf(InvalidRulesException.class).hasMessageContaining("gates.drl:");
    }

    @Test
    void aSnapshotThatNoLongerPassesDoesNotStandIn() throws IOException {
        kept.saved.add(new RuleSnapshot(Map.of("gates.drl", "rule \"Old\" when then"), Instant.now()));
        write("rule \"Broken\" when then");

        assertThatThrownBy(this::start).isInstanceOf(InvalidRulesException.class);
    }

    @Test
    void aSnapshotIsWrittenBackAsFilesWithinItsFolderOnly() throws IOException {
        Path dir = Files.createDirectory(rules.resolve("copy"));
        new RuleSnapshot(Map.of("sub/a.drl", "x", "../outside.drl", "y"), Instant.now()).writeTo(dir);

        assertThat(dir.resolve("sub/a.drl")).hasContent("x");
        assertThat(rules.resolve("outside.drl")).doesNotExist();
        assertThat(RuleFiles.drl(dir)).containsExactly("sub/a.drl");
    }

    private RuleEngine start() {
        return RuleEngine.start(new RuleEngine(rules, List.of(), kept, RuleWarnings.NONE));
    }

    private void write(String drl) throws IOException {
        Files.writeString(rules.resolve("gates.drl"), drl);
    }

    static String requires(String field) {
        return """
                import com.dealstage.rules.StageCompletion;
                import com.dealstage.rules.Violation;
                rule "ContractRequires_%1$s"
                when
                    $c : StageCompletion( stage == "contract", !has("%1$s") )
                then
                    insert(new Violation($c.stage(), "%1$s", "%1$s is required."));
                end
                """.formatted(field);
    }

    /** The database, as the engine sees it. */
    static class Kept implements RuleSnapshots {

        final List<RuleSnapshot> saved = new ArrayList<>();

        @Override
        public Optional<RuleSnapshot> latest() {
            return saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(saved.size() - 1));
        }

        @Override
        public void save(RuleSnapshot snapshot) {
            saved.add(snapshot);
        }
    }
}

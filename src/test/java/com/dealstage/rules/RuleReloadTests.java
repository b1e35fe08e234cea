package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiling, hot-swapping and refusing rule files in a directory of their own.
 */
class RuleReloadTests {

    private static final StageCompletion CONTRACT = new StageCompletion("deal-pipeline", "contract", Map.of());

    @TempDir
    Path rules;

    @Test
    void goodEditTakesEffect() throws IOException {
        write("gates.drl", requires("contractNumber", "Contract number is required."));
        RuleEngine engine = RuleEngine.fromDirectory(this.rules);
        write("gates.drl", requires("invoiceNumber", "Invoice number is required."));

        RulesStatus status = engine.reload();

        assertThat(status.state()).isEqualTo("OK");
        assertThat(status.files()).containsExactly("gates.drl");
        assertThat(engine.check(CONTRACT)).extracting(Violation::field).containsExactly("invoiceNumber");
    }

    @Test
    void brokenEditIsRefusedAndOldRulesKeepWorking() throws IOException {
        write("gates.drl", requires("contractNumber", "Contract number is required."));
        RuleEngine engine = RuleEngine.fromDirectory(this.rules);
        write("gates.drl", requires("invoiceNumber", "Invoice number is required.").replace("then", "thn"));

        RulesStatus status = engine.reload();

        assertThat(status.state()).isEqualTo("FAILED_RELOAD");
        assertThat(status.files()).containsExactly("gates.drl");
        assertThat(status.errors()).isNotEmpty().allSatisfy(error -> {
            assertThat(error.file()).isEqualTo("gates.drl");
            assertThat(error.line()).isPositive();
            assertThat(error.message()).isNotBlank()
                .as("the parser's follow-up error only repeats that the file is broken")
                .doesNotStartWith("Parser returned a null Package");
        });
        assertThat(engine.check(CONTRACT)).extracting(Violation::field).containsExactly("contractNumber");
    }

    @Test
    void successfulReloadClearsTheErrors() throws IOException {
        write("gates.drl", requires("contractNumber", "Contract number is required."));
        RuleEngine engine = RuleEngine.fromDirectory(this.rules);
        write("broken.drl", "rule \"Unfinished\" when");
        assertThat(engine.reload().errors()).extracting(RuleError::file).contains("broken.drl");
        Files.delete(this.rules.resolve("broken.drl"));

        assertThat(engine.reload()).satisfies(status -> {
            assertThat(status.state()).isEqualTo("OK");
            assertThat(status.errors()).isEmpty();
        });
    }

    @Test
    void startupWithBrokenRulesFailsNamingFileAndLine() throws IOException {
        write("gates.drl", requires("contractNumber", "Contract number is required."));
        write("sub/typo.drl", "package gates.sub;\n\nrule \"Typo\"\nwhen\n    StageCompletion( stage == )\nthen\nend\n");

        assertThatThrownBy(() -> RuleEngine.fromDirectory(this.rules)).isInstanceOf(InvalidRulesException.class)
            .hasMessageContaining("do not compile")
            .hasMessageContaining("sub/typo.drl:5:");
    }

    @Test
    void unknownFieldAndBadConsequenceAreReportedWithFileAndLine() throws IOException {
        write("gates.drl", requires("contractNumber", "Contract number is required.")
            .replace("!has(\"contractNumber\")", "contractNumbr == \"x\"")
            .replace("$c.stage(), ", ""));

        assertThatThrownBy(() -> RuleEngine.fromDirectory(this.rules)).isInstanceOfSatisfying(InvalidRulesException.class,
                ex -> assertThat(ex.getErrors()).isNotEmpty()
                    .allSatisfy(error -> assertThat(error.file()).isEqualTo("gates.drl"))
                    .anySatisfy(error -> assertThat(error.line()).isEqualTo(8)));
    }

    @Test
    void directoryWithoutRulesIsRefused() {
        assertThatThrownBy(() -> RuleEngine.fromDirectory(this.rules.resolve("missing")))
            .hasMessageContaining("No .drl files found.");
    }

    @Test
    void filesInSeveralFoldersFormOneRuleBase() throws IOException {
        write("a.drl", requires("contractNumber", "Contract number is required."));
        write("more/b.drl", requires("invoiceNumber", "Invoice number is required.").replace("package gates", "package gates.more"));

        RuleEngine engine = RuleEngine.fromDirectory(this.rules);

        assertThat(engine.status().files()).containsExactly("a.drl", "more/b.drl");
        assertThat(engine.check(CONTRACT)).extracting(Violation::field)
            .containsExactlyInAnyOrder("contractNumber", "invoiceNumber");
    }

    @Test
    void decideReturnsOnlyDecisionsTheRulesInserted() throws IOException {
        write("gates.drl", requires("contractNumber", "Contract number is required."));
        RuleEngine engine = RuleEngine.fromDirectory(this.rules);
        Violation given = new Violation("contract", "x", "given as a fact");

        List<Violation> decisions = engine.decide(List.of(CONTRACT, given), Violation.class);

        assertThat(decisions).extracting(Violation::field).containsExactly("contractNumber");
    }

    @Test
    void watcherReloadsChangedFiles() throws Exception {
        write("gates.drl", requires("contractNumber", "Contract number is required."));
        RuleEngine engine = RuleEngine.fromDirectory(this.rules);
        RuleFileWatcher watcher = new RuleFileWatcher(engine, Duration.ofMillis(50));
        watcher.start();
        try {
            write("gates.drl", requires("invoiceNumber", "Invoice number is required."));
            awaitViolation(engine, "invoiceNumber");
            write("gates.drl", "rule \"Broken\" when then");
            awaitState(engine, "FAILED_RELOAD");
            assertThat(engine.check(CONTRACT)).extracting(Violation::field).containsExactly("invoiceNumber");
        }
        finally {
            watcher.stop();
        }
        assertThat(watcher.isRunning()).isFalse();
    }

    private void awaitViolation(RuleEngine engine, String field) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(engine.check(CONTRACT)).extracting(Violation::field).containsExactly(field));
    }

    private void awaitState(RuleEngine engine, String state) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(engine.status().state()).isEqualTo(state));
    }

    private void write(String file, String drl) throws IOException {
        Path path = this.rules.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, drl);
    }

    private static String requires(String field, String message) {
        return """
                package gates;

                import com.dealstage.rules.StageCompletion;
                import com.dealstage.rules.Violation;

                rule "ContractRequires%1$s"
                when
                    $c : StageCompletion( stage == "contract", !has("%1$s") )
                then
                    insert(new Violation($c.stage(), "%1$s", "%2$s"));
                end
                """.formatted(field, message);
    }

}

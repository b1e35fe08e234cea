package com.dealstage.rules;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facts in, decisions out: every evaluation runs in a new session of the one shared KieBase,
 * and a reloaded KieBase replaces it atomically only when it compiled without errors and passes
 * its own examples (rules/*.examples.yaml).
 */
public class RuleEngine {

    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

    private final Path rulesDir;

    private final AtomicReference<KieBase> kieBase = new AtomicReference<>();

    private volatile RulesStatus status;

    private volatile Map<String, Set<String>> ruleFields = Map.of();

    private final RuleBaseChecks checks;

    private RuleEngine(Path rulesDir, List<RuleBaseCheck> checks) {
        this.rulesDir = rulesDir;
        this.checks = new RuleBaseChecks(rulesDir, checks);
    }

    /**
     * Compiles all {@code *.drl} files below {@code rulesDir} and runs their examples.
     * @throws InvalidRulesException naming file, line and message of every error and failing example
     */
    public static RuleEngine fromDirectory(Path rulesDir) {
        return fromDirectory(rulesDir, List.of());
    }

    /**
     * Compiles all {@code *.drl} files below {@code rulesDir}; every load must also pass {@code checks}.
     * @throws InvalidRulesException naming file, line and message of every error and failed check
     */
    public static RuleEngine fromDirectory(Path rulesDir, List<RuleBaseCheck> checks) {
        RuleEngine engine = new RuleEngine(rulesDir, checks);
        RulesStatus status = engine.reload();
        if (!status.ok()) {
            throw new InvalidRulesException(rulesDir, status.errors());
        }
        return engine;
    }

    /** Inserts {@code facts}, fires all rules and returns the decisions of that type the rules inserted. */
    public <T> List<T> decide(Collection<?> facts, Class<T> decisionType) {
        return RuleBase.decide(this.kieBase.get(), facts, decisionType);
    }

    /** The stage gate: every requirement the completion violates, empty when it may pass. */
    public List<Violation> check(StageCompletion completion) {
        return decide(List.of(completion), Violation.class);
    }

    /** The stage gate on entry: every earlier stage the deal lacks, empty when it may enter. */
    public List<Violation> checkEntry(StageEntry entry) {
        return decide(List.of(entry), Violation.class);
    }

    /** Fields the completion rules name for {@code stage}, including those every stage may carry. */
    public Set<String> fieldsNamedFor(String stage) {
        Set<String> fields = new HashSet<>(ruleFields.getOrDefault(stage, Set.of()));
        fields.addAll(ruleFields.getOrDefault(RuleFields.ANY_STAGE, Set.of()));
        return fields;
    }

    public RulesStatus status() {
        return this.status;
    }

    Path rulesDirectory() {
        return this.rulesDir;
    }

    /** Recompiles the rules directory and runs its examples; the previous rules stay in force when either fails. */
    public synchronized RulesStatus reload() {
        Instant attempt = Instant.now();
        RuleCompiler.Compiled compiled = this.checks.verify(compile());
        this.status = compiled.ok() ? swapIn(compiled, attempt) : refuse(compiled, attempt);
        return this.status;
    }

    private RulesStatus swapIn(RuleCompiler.Compiled compiled, Instant attempt) {
        this.ruleFields = RuleFields.of(this.rulesDir, compiled.files());
        this.kieBase.set(compiled.kieBase());
        log.info("Rules loaded from {}: {}", this.rulesDir.toAbsolutePath(), compiled.files());
        return new RulesStatus(RulesStatus.OK, attempt, compiled.files(), attempt, List.of());
    }

    private RulesStatus refuse(RuleCompiler.Compiled compiled, Instant attempt) {
        RulesStatus previous = this.status;
        if (previous == null) {
            // nothing to fall back on: fromDirectory throws with these errors
            return new RulesStatus(RulesStatus.FAILED_RELOAD, null, List.of(), attempt, compiled.errors());
        }
        log.error("Rules in {} refused, previous rules stay in force:\n{}", this.rulesDir.toAbsolutePath(),
                compiled.errors().stream().map(RuleError::toString).collect(Collectors.joining("\n")));
        return new RulesStatus(RulesStatus.FAILED_RELOAD, previous.loadedAt(), previous.files(), attempt,
                compiled.errors());
    }

    private RuleCompiler.Compiled compile() {
        try {
            RuleCompiler.Compiled compiled = RuleCompiler.compile(this.rulesDir);
            if (!compiled.ok()) {
                return compiled;
            }
            // a rule base that contradicts its own examples is refused like one that does not compile
            List<RuleError> failures = RuleExamples.verify(this.rulesDir, compiled).errors();
            return failures.isEmpty() ? compiled : RuleCompiler.Compiled.failed(compiled.files(), failures);
        }
        catch (UncheckedIOException ex) {
            // a file deleted or locked while reading: report it like any other error
            RuleError error = new RuleError(this.rulesDir.toString(), 0, "Cannot read rules: " + ex.getCause());
            return RuleCompiler.Compiled.failed(List.of(), List.of(error));
        }
    }

    KieBase kieBase() {
        return this.kieBase.get();
    }

}

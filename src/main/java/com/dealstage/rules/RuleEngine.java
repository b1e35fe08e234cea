package com.dealstage.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facts in, decisions out: every evaluation runs in a clean session of the one shared rule base; a reloaded KieBase
 * replaces it atomically only when it compiled without errors and passes its own examples (rules/*.examples.yaml).
 * Every good load is kept as a snapshot; when rules/ is refused at startup the last snapshot runs instead, so one
 * saved mistake cannot turn a restart into an outage.
 */
public class RuleEngine {

    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

    private final Path rulesDir;
    private final RuleLoader loader;
    private final LastGoodRules lastGood;
    private final RuleWarnings warnings;
    private final AtomicReference<RuleBase> ruleBase = new AtomicReference<>();
    private volatile RulesStatus status;
    private volatile Map<String, Set<String>> ruleFields = Map.of();
    private volatile RuleReferences references = RuleReferences.NONE;

    RuleEngine(Path rulesDir, List<RuleBaseCheck> checks, RuleSnapshots snapshots, RuleWarnings warnings) {
        this.rulesDir = rulesDir;
        this.loader = new RuleLoader(checks);
        this.lastGood = new LastGoodRules(rulesDir, snapshots);
        this.warnings = warnings;
    }

    /** Compiles all {@code *.drl} files below {@code rulesDir} and runs their examples; throws when they fail. */
    public static RuleEngine fromDirectory(Path rulesDir) {
        return fromDirectory(rulesDir, List.of());
    }

    /** As {@link #fromDirectory(Path)}; every load must also pass {@code checks}. */
    public static RuleEngine fromDirectory(Path rulesDir, List<RuleBaseCheck> checks) {
        return start(new RuleEngine(rulesDir, checks, RuleSnapshots.NONE, RuleWarnings.NONE));
    }

    /** @throws InvalidRulesException when rules/ is refused and no good snapshot can stand in */
    static RuleEngine start(RuleEngine engine) {
        RulesStatus status = engine.reload();
        if (!status.ok()) {
            engine.startOnSnapshot(status.errors());
        }
        return engine;
    }

    public <T> List<T> decide(Collection<?> facts, Class<T> decisionType) {
        return this.ruleBase.get().decide(facts, decisionType);
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

    /** Whether the completion rules name {@code field} for {@code stage}: {@link #fieldsNamedFor} without a copy. */
    public boolean namesField(String stage, String field) {
        Map<String, Set<String>> fields = ruleFields;
        return fields.getOrDefault(stage, Set.of()).contains(field)
                || fields.getOrDefault(RuleFields.ANY_STAGE, Set.of()).contains(field);
    }

    public RulesStatus status() {
        return this.status;
    }

    Path rulesDirectory() {
        return this.rulesDir;
    }

    /** Recompiles rules/ and runs its examples; the rules in force stay when either fails. */
    public synchronized RulesStatus reload() {
        Instant attempt = Instant.now();
        RuleSnapshot before = this.lastGood.read(attempt);
        RuleLoader.Loaded loaded = this.loader.load(this.rulesDir);
        if (!loaded.ok()) {
            this.status = refuse(loaded.errors(), attempt);
            return this.status;
        }
        swapIn(loaded);
        this.lastGood.keep(before);
        log.info("Rules loaded from {}: {}", this.rulesDir.toAbsolutePath(), loaded.compiled().files());
        this.status = new RulesStatus(RulesStatus.OK, attempt, loaded.compiled().files(), attempt, List.of(),
                RulesStatus.FOLDER, this.warnings.of(this.references));
        return this.status;
    }

    /** Checks the rules in force against what is deployed now (called after every deployment). */
    public synchronized RulesStatus refreshWarnings() {
        this.warnings.enable();
        this.status = this.status.withWarnings(this.warnings.of(this.references));
        return this.status;
    }

    /** Checks {@code drl} as rules/{@code file} together with the other files, without installing anything. */
    RulesValidation validate(String file, String drl) {
        return RuleValidation.validate(this.rulesDir, file, drl, this.loader, this.warnings);
    }

    private void swapIn(RuleLoader.Loaded loaded) {
        this.ruleFields = loaded.fields();
        this.references = loaded.references();
        this.ruleBase.set(new RuleBase(loaded.compiled().kieBase()));
    }

    private RulesStatus refuse(List<RuleError> errors, Instant attempt) {
        RulesStatus previous = this.status;
        if (previous == null) {
            // startup: start() falls back on the last snapshot or stops with these errors
            return new RulesStatus(RulesStatus.FAILED_RELOAD, null, List.of(), attempt, errors);
        }
        log.error("Rules in {} refused, the rules in force stay: {}", this.rulesDir.toAbsolutePath(),
                RuleMessages.summary(errors));
        return new RulesStatus(RulesStatus.FAILED_RELOAD, previous.loadedAt(), previous.files(), attempt, errors,
                previous.source(), previous.warnings());
    }

    private void startOnSnapshot(List<RuleError> errors) {
        LastGoodRules.Loaded last = this.lastGood.load(this.loader)
                .orElseThrow(() -> new InvalidRulesException(this.rulesDir, errors));
        swapIn(last.loaded());
        this.status = new RulesStatus(RulesStatus.FAILED_RELOAD, last.savedAt(), last.loaded().compiled().files(),
                Instant.now(), errors, RulesStatus.SNAPSHOT, List.of());
        log.error("Rules in {} refused at startup: {}. Running on the last good rules (saved {}) until the file is "
                + "fixed; GET /api/rules/status shows the errors.", this.rulesDir.toAbsolutePath(),
                RuleMessages.summary(errors), last.savedAt());
    }

    KieBase kieBase() {
        return this.ruleBase.get().kieBase();
    }

}

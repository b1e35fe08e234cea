package com.dealstage.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last good rules: the files of every load that compiled and passed, kept in {@link RuleSnapshots}, and loaded
 * again when rules/ is refused at startup.
 */
final class LastGoodRules {

    private static final Logger log = LoggerFactory.getLogger(LastGoodRules.class);

    /** A load of the last good rules and when they were kept. */
    record Loaded(RuleLoader.Loaded loaded, Instant savedAt) {
    }

    private final Path rulesDir;
    private final RuleSnapshots snapshots;

    LastGoodRules(Path rulesDir, RuleSnapshots snapshots) {
        this.rulesDir = rulesDir;
        this.snapshots = snapshots;
    }

    /** The files before a load; null when one cannot be read (the load reports it). */
    RuleSnapshot read(Instant at) {
        try {
            return RuleSnapshot.of(this.rulesDir, at);
        }
        catch (RuntimeException ex) {
            return null;
        }
    }

    /**
     * Keeps the files as they were before a good load, unless an editor changed them while it ran (the next reload
     * keeps those); a database that cannot take the snapshot must not refuse rules that compiled.
     */
    void keep(RuleSnapshot before) {
        try {
            if (before != null && before.hash().equals(RuleSnapshot.of(this.rulesDir, before.savedAt()).hash())) {
                this.snapshots.save(before);
            }
        }
        catch (RuntimeException ex) {
            log.warn("The rules in force could not be kept as the last good rules: {}", ex.toString());
        }
    }

    /** The last snapshot, loaded; empty when there is none or it no longer passes (a module's check changed). */
    Optional<Loaded> load(RuleLoader loader) {
        return this.snapshots.latest().flatMap(snapshot -> {
            RuleLoader.Loaded loaded = RuleValidation.inTemporaryCopy(snapshot, loader::load);
            return loaded.ok() ? Optional.of(new Loaded(loaded, snapshot.savedAt())) : Optional.empty();
        });
    }
}

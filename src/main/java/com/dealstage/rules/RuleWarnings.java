package com.dealstage.rules;

import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cross-checks of a rule base against what is deployed. Off until the first deployment of processes/ has run
 * ({@link #enable}): at the very first start the repository is empty and every stage would look unknown, and the
 * process engine (which needs the rule engine) is still being built.
 */
final class RuleWarnings {

    private static final Logger log = LoggerFactory.getLogger(RuleWarnings.class);

    static final RuleWarnings NONE = new RuleWarnings(new CrossCheck(java.util.Set.of(), java.util.Set.of()), List::of);

    private final CrossCheck check;
    private final Supplier<List<DeployedStage>> deployed;
    private volatile boolean enabled;

    RuleWarnings(CrossCheck check, Supplier<List<DeployedStage>> deployed) {
        this.check = check;
        this.deployed = deployed;
    }

    void enable() {
        this.enabled = true;
    }

    List<RuleError> of(RuleReferences references) {
        if (!this.enabled) {
            return List.of();
        }
        try {
            return this.check.warnings(references, this.deployed.get());
        }
        catch (RuntimeException ex) {
            // a check that cannot read the repository must not block a reload
            log.warn("Rules could not be checked against the deployed diagrams: {}", ex.toString());
            return List.of();
        }
    }
}

package com.dealstage.rules;

import java.util.Optional;

/** Where the last good rule base is kept: the database in the application, so every node of a cluster sees it. */
interface RuleSnapshots {

    /** Plain engines (tests, benchmarks) keep nothing: broken rules at startup stop them. */
    RuleSnapshots NONE = new RuleSnapshots() {

        @Override
        public Optional<RuleSnapshot> latest() {
            return Optional.empty();
        }

        @Override
        public void save(RuleSnapshot snapshot) {
            // nothing to keep
        }
    };

    Optional<RuleSnapshot> latest();

    /** Keeps {@code snapshot} unless the latest one has the same content. */
    void save(RuleSnapshot snapshot);
}

package com.dealstage.rules;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One load of a rules folder: compile, run its examples and the modules' checks, and put every error into words.
 * The same for rules/, for the last good rules kept in the database and for a file a process owner validates.
 */
final class RuleLoader {

    private final List<RuleBaseCheck> checks;

    RuleLoader(List<RuleBaseCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** A load and what the application needs of it; {@code compiled.kieBase()} is null when refused. */
    record Loaded(Path dir, RuleCompiler.Compiled compiled, Map<String, Set<String>> fields, RuleReferences references) {

        boolean ok() {
            return compiled.ok();
        }

        List<RuleError> errors() {
            return compiled.errors();
        }
    }

    Loaded load(Path dir) {
        RuleCompiler.Compiled compiled = new RuleBaseChecks(dir, checks).verify(compile(dir));
        if (!compiled.ok()) {
            List<RuleError> errors = RuleMessages.forPeople(dir, compiled.errors());
            return new Loaded(dir, RuleCompiler.Compiled.failed(compiled.files(), errors), Map.of(), RuleReferences.NONE);
        }
        return new Loaded(dir, compiled, RuleFields.of(dir, compiled.files()),
                RuleReferencesReader.read(dir, compiled.files()));
    }

    private static RuleCompiler.Compiled compile(Path dir) {
        try {
            RuleCompiler.Compiled compiled = RuleCompiler.compile(dir);
            if (!compiled.ok()) {
                return compiled;
            }
            // a rule base that contradicts its own examples is refused like one that does not compile
            List<RuleError> failures = RuleExamples.verify(dir, compiled).errors();
            return failures.isEmpty() ? compiled : RuleCompiler.Compiled.failed(compiled.files(), failures);
        }
        catch (UncheckedIOException ex) {
            // a file deleted or locked while reading: report it like any other error
            RuleError error = new RuleError(dir.toString(), 0, "Cannot read rules: " + ex.getCause());
            return RuleCompiler.Compiled.failed(List.of(), List.of(error));
        }
    }
}

package com.dealstage.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the modules' checks on a rule base that compiled; a failed check turns it into a refused one. */
final class RuleBaseChecks {

    private final Path rulesDir;
    private final List<RuleBaseCheck> checks;

    RuleBaseChecks(Path rulesDir, List<RuleBaseCheck> checks) {
        this.rulesDir = rulesDir;
        this.checks = List.copyOf(checks);
    }

    RuleCompiler.Compiled verify(RuleCompiler.Compiled compiled) {
        if (!compiled.ok() || checks.isEmpty()) {
            return compiled;
        }
        RuleBase candidate = new RuleBase(compiled.kieBase());
        List<RuleError> errors = new ArrayList<>();
        for (RuleBaseCheck check : checks) {
            check.problems(candidate).forEach(problem -> errors.add(new RuleError(rulesDir.toString(), 0, problem)));
        }
        return errors.isEmpty() ? compiled : RuleCompiler.Compiled.failed(compiled.files(), errors);
    }
}

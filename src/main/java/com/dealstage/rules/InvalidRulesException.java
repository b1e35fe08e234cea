package com.dealstage.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule set cannot be used: thrown at startup so that the application does not run without
 * its stage gates. The message names every file, line and error, and every failing example.
 */
public class InvalidRulesException extends RuntimeException {

    private final List<RuleError> errors;

    InvalidRulesException(Path rulesDir, List<RuleError> errors) {
        super("Rules in " + rulesDir.toAbsolutePath() + " do not compile or fail their examples:\n"
                + errors.stream().map(RuleError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> getErrors() {
        return this.errors;
    }

}

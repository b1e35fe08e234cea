package com.dealstage.rules;

import java.util.List;

/** The answer of {@code POST /api/rules/validate}: what installing {@code file} would lead to. */
record RulesValidation(boolean ok, String file, List<RuleError> errors, List<RuleError> warnings) {
}

package com.dealstage.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the modules' checks on a rule base that compiled; a failed check turns it into a refused one. A problem is
 * reported like a compile error, with file and line: where the code it names (e.g. rejection reason DELIVERY_TERMS)
 * is used as a field value in the rule files, since that is where a process owner introduced it.
 */
final class RuleBaseChecks {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b[A-Z]{4,}\\b");

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
            check.problems(candidate).forEach(problem -> errors.add(locate(problem, compiled.files())));
        }
        return errors.isEmpty() ? compiled : RuleCompiler.Compiled.failed(compiled.files(), errors);
    }

    /** The first line of a rule file that names the problem's code in quotes; the rules folder, line 0, if none. */
    RuleError locate(String problem, List<String> files) {
        Matcher code = CODE.matcher(problem);
        while (code.find()) {
            String quoted = "\"" + code.group() + "\"";
            for (String file : files) {
                int line = new DrlText(read(file)).lineOf(quoted, 1);
                if (line > 0) {
                    return new RuleError(file, line, problem);
                }
            }
        }
        return new RuleError(rulesDir.toString(), 0, problem);
    }

    private String read(String file) {
        try {
            return Files.readString(rulesDir.resolve(file), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            return "";
        }
    }
}

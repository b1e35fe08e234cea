package com.dealstage.migration;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;

/**
 * Camunda's validation reports as one line per failure, each naming the activity it is about: the report objects
 * nest three deep and an administrator reading a dry run wants "where, why" per line.
 */
final class ValidationSentences {

    private ValidationSentences() {
    }

    static List<String> of(MigrationPlanValidationReport report) {
        List<String> lines = new ArrayList<>();
        for (MigrationInstructionValidationReport instruction : report.getInstructionReports()) {
            instruction.getFailures().forEach(f -> lines.add(where(instruction.getMigrationInstruction()) + ": " + f));
        }
        report.getVariableReports().forEach((name, variable) ->
                variable.getFailures().forEach(f -> lines.add("variable '" + name + "': " + f)));
        return lines;
    }

    static List<String> of(MigratingProcessInstanceValidationReport report) {
        List<String> lines = new ArrayList<>(report.getFailures());
        for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
            activity.getFailures().forEach(f -> lines.add("waiting at '" + activity.getSourceScopeId() + "': " + f));
        }
        for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
            transition.getFailures().forEach(f -> lines.add("about to continue at '" + transition.getSourceScopeId()
                    + "': " + f));
        }
        return lines;
    }

    private static String where(MigrationInstruction instruction) {
        return instruction == null ? "plan"
                : "'" + instruction.getSourceActivityId() + "' -> '" + instruction.getTargetActivityId() + "'";
    }
}

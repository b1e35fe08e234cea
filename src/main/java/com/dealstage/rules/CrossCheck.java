package com.dealstage.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rules and diagrams checked against each other. Each finding is a warning, not a refusal: a diagram deployed a
 * moment before its rules (or the other way round) is a normal step of a change, but a gate that silently checks
 * nothing must show in the status endpoints and in health until both sides agree.
 * @param gatedProcesses processes whose every user task needs completion rules
 * @param stagesWithoutRules user tasks that have no requirements on purpose
 */
record CrossCheck(Set<String> gatedProcesses, Set<String> stagesWithoutRules) {

    List<RuleError> warnings(RuleReferences rules, List<DeployedStage> deployed) {
        Set<RuleError> warnings = new LinkedHashSet<>();
        reasonsWithoutPlan(rules, warnings);
        if (deployed.isEmpty()) {
            return List.copyOf(warnings); // nothing deployed yet (first start): no diagram to compare with
        }
        unknownStages(rules, deployed, warnings);
        tasksWithoutRules(rules, deployed, warnings);
        fieldsNoFormOffers(rules, deployed, warnings);
        return List.copyOf(warnings);
    }

    /**
     * A reason the gate accepts that no other rule file names has no re-contact plan: the load-time check of the
     * recontact module refuses that for the design's codes, this also catches a code a process owner adds.
     */
    private static void reasonsWithoutPlan(RuleReferences rules, Set<RuleError> out) {
        rules.rejectionCodes().stream().filter(code -> !code.namedElsewhere()).forEach(code -> out.add(new RuleError(
                code.file(), code.line(), "Rejection reason " + code.code() + " is accepted here, but no other rule "
                        + "file names it: no re-contact rule plans it, so a manager's rejection with it would fail. "
                        + "Add its plan to rules/recontact.drl (come back after a delay, or close the lead).")));
    }

    private static void unknownStages(RuleReferences rules, List<DeployedStage> deployed, Set<RuleError> out) {
        Set<String> ids = new TreeSet<>();
        deployed.forEach(stage -> ids.add(stage.id()));
        for (RuleReferences.StageReference ref : rules.stages()) {
            if (!ids.contains(ref.stage())) {
                out.add(new RuleError(ref.file(), ref.line(), "Stage '" + ref.stage() + "' is named in the rules, but "
                        + "no deployed diagram has a task with this id, so the rule never applies." + guess(ref.stage(), ids)));
            }
        }
    }

    private void tasksWithoutRules(RuleReferences rules, List<DeployedStage> deployed, Set<RuleError> out) {
        Set<String> ruled = rules.completionStages();
        for (DeployedStage stage : deployed) {
            if (stage.isUserTask() && gatedProcesses.contains(stage.processKey()) && !ruled.contains(stage.id())
                    && !stagesWithoutRules.contains(stage.id())) {
                out.add(new RuleError(stage.resource(), 0, "User task '" + stage.id() + "' of " + stage.processKey()
                        + " has no completion rules: it can be completed with nothing on record. Add its requirements "
                        + "to the rules (StageCompletion( stage == \"" + stage.id() + "\", ... ))."));
            }
        }
    }

    private static void fieldsNoFormOffers(RuleReferences rules, List<DeployedStage> deployed, Set<RuleError> out) {
        for (RuleReferences.StageReference ref : rules.stages()) {
            List<DeployedStage> withForms = deployed.stream()
                    .filter(stage -> stage.id().equals(ref.stage()) && stage.formFields() != null).toList();
            if (withForms.isEmpty()) {
                continue;
            }
            for (RuleReferences.FieldReference field : ref.fields()) {
                if (withForms.stream().noneMatch(stage -> stage.formFields().contains(field.field()))) {
                    DeployedStage form = withForms.get(0);
                    out.add(new RuleError(ref.file(), field.line(), "Stage '" + ref.stage() + "' requires field '"
                            + field.field() + "', but its form '" + form.formKey() + "' does not offer it: nobody "
                            + "can fill it in. Add the field to the form or correct its name in the rule."));
                }
            }
        }
    }

    /** The deployed id a typo most likely meant: same letters in another case, or one or two letters off. */
    static String guess(String stage, Set<String> ids) {
        List<String> close = new ArrayList<>();
        for (String id : ids) {
            if (id.toLowerCase(Locale.ROOT).equals(stage.toLowerCase(Locale.ROOT))
                    || FactChecks.distance(id, stage) <= 2) {
                close.add(id);
            }
        }
        return close.isEmpty() ? "" : " Did you mean '" + close.get(0) + "'?";
    }
}

package com.dealstage.stagegate;

import com.dealstage.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;

/**
 * Which stages of a deal are open right now, and whether a caller may change a field: only while a stage that
 * owns the field is open (or, at the deal's start, a field of its start form).
 */
final class OpenStages {

    private final StageFields fields;

    OpenStages(StageFields fields) {
        this.fields = fields;
    }

    /** Why a caller may not change {@code field} of this deal now, or empty when he may. */
    Optional<Violation> refusal(ExecutionEntity deal, String field) {
        if (deal.isProcessInstanceStarting()) {
            ActivityImpl start = (ActivityImpl) deal.getProcessDefinition().getInitial();
            boolean own = start != null && fields.owns(start, field);
            return own ? Optional.empty() : Optional.of(new Violation(start == null ? null : start.getId(), field,
                    "'" + field + "' is not a field of the deal's start form."));
        }
        if (isOpenStage(deal) && fields.namedWithoutForm(deal.getActivity(), field)) {
            return Optional.empty(); // the deal itself stands at a stage that owns the field: no need to load its tree
        }
        List<ActivityImpl> open = open(deal);
        // every open stage's rules before any stage's form, which costs a query
        if (open.stream().anyMatch(stage -> fields.namedWithoutForm(stage, field))
                || open.stream().anyMatch(stage -> fields.owns(stage, field))) {
            return Optional.empty();
        }
        Optional<ActivityImpl> owner = stages(deal.getProcessDefinition()).stream()
                .filter(stage -> fields.of(stage).contains(field)).findFirst();
        return Optional.of(owner.map(stage -> new Violation(stage.getId(), field, "'" + field + "' belongs to stage '"
                + nameOf(stage) + "', which is not open: a passed stage's data is read-only (heads of sales correct "
                + "it through POST /api/deals/" + deal.getId() + "/corrections) and a later stage's data waits for "
                + "that stage.")).orElse(new Violation(null, field, "'" + field
                + "' is not a field of any stage of this deal.")));
    }

    /** The user tasks the deal's active executions stand at. */
    List<ActivityImpl> open(ExecutionEntity deal) {
        List<ActivityImpl> open = new ArrayList<>();
        collect(deal, open);
        return open;
    }

    private static void collect(ExecutionEntity execution, List<ActivityImpl> open) {
        if (isOpenStage(execution)) {
            open.add(execution.getActivity());
        }
        for (ExecutionEntity child : execution.getExecutions()) {
            collect(child, open);
        }
    }

    private static boolean isOpenStage(ExecutionEntity execution) {
        ActivityImpl activity = execution.getActivity();
        return !execution.isEnded() && activity != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior;
    }

    private static List<ActivityImpl> stages(ScopeImpl scope) {
        List<ActivityImpl> stages = new ArrayList<>();
        for (ActivityImpl activity : scope.getActivities()) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior) {
                stages.add(activity);
            }
            stages.addAll(stages(activity));
        }
        return stages;
    }

    static String nameOf(ActivityImpl activity) {
        return activity.getName() == null ? activity.getId() : activity.getName();
    }
}

package com.dealstage.stagegate;

import com.dealstage.rules.RuleEngine;
import com.dealstage.rules.StageCompletion;
import com.dealstage.rules.Violation;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * The engine side of a correction: the stage must be behind the deal, the fields must be its own, and the stage's
 * rules must still hold with the new values (and the outcome the stage recorded). The guard still checks the
 * values' kind and length; it lets only these fields of this deal through.
 */
final class CorrectStageData implements Command<List<Correction>> {

    /**
     * Who owns the deal: the start checked him (a user of a sales team) and granted him the deal, and his re-contacts,
     * repeat sales and funnel follow him. A correction does neither, so it does not move a deal to somebody else.
     */
    static final String OWNER = "manager";

    private final CorrectionRequest request;
    private final String dealId;
    private final String user;
    private final StageFields fields;
    private final RuleEngine rules;

    CorrectStageData(String dealId, CorrectionRequest request, String user, StageFields fields, RuleEngine rules) {
        this.dealId = dealId;
        this.request = request;
        this.user = user;
        this.fields = fields;
        this.rules = rules;
    }

    @Override
    public List<Correction> execute(CommandContext commandContext) {
        ExecutionEntity deal = commandContext.getExecutionManager().findExecutionById(dealId);
        if (deal == null || !deal.isProcessInstanceExecution()) {
            throw new NotFoundException("No running deal with id " + dealId + ".");
        }
        String stage = request.stage();
        Map<String, Set<String>> passed = PassedStages.parse(deal.getVariableLocal(PassedStages.VARIABLE));
        ActivityImpl activity = stage == null ? null : deal.getProcessDefinition().findActivity(stage);
        if (activity == null || !passed.containsKey(stage)) {
            throw new CorrectionConflict("Stage '" + stage + "' is not behind deal " + dealId
                    + ": only a passed stage's data is corrected; an open stage's data is entered at the stage.");
        }
        Set<String> own = fields.of(activity);
        Set<String> foreign = new TreeSet<>(request.values().keySet());
        foreign.removeIf(field -> own.contains(field) && !field.equals("outcome") && !field.equals(OWNER));
        if (!foreign.isEmpty()) {
            throw StageGateViolation.refusedChange(foreign.stream().map(field -> new Violation(stage, field, "'"
                    + field + "' cannot be corrected at stage '" + OpenStages.nameOf(activity)
                    + "' (not its field; an outcome, which has already routed the deal; or the deal's manager, "
                    + "whom a correction does not change).")).toList());
        }
        Map<String, Object> after = new HashMap<>(deal.getVariablesLocal());
        after.putAll(request.values());
        passed.get(stage).stream().findFirst().ifPresent(outcome -> after.put("outcome", outcome));
        List<Violation> violations = rules.check(new StageCompletion(deal.getProcessDefinition().getKey(), stage, after));
        if (!violations.isEmpty()) {
            throw new StageGateViolation(stage, OpenStages.nameOf(activity), violations);
        }
        GuardState.current().allowCorrection(dealId, request.values().keySet());
        Instant now = Instant.now();
        return request.values().entrySet().stream().map(change -> {
            Object before = deal.getVariableLocal(change.getKey());
            deal.setVariableLocal(change.getKey(), change.getValue());
            return new Correction(dealId, stage, change.getKey(), text(before), text(change.getValue()),
                    request.reason(), user, now);
        }).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

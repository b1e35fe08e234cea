package com.dealstage.funnel;

import com.dealstage.funnel.FunnelAnswer.StepFigure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who learns what from whom (the method's pairing): each manager's weakest step, the colleague who does best at
 * it, and the steps where he is the best himself. Only figures over at least {@code minDeals} deals at the step
 * before count as someone's skill; fewer, and one lucky deal would make a teacher.
 */
final class Pairing {

    private final Map<String, List<StepFigure>> team;
    private final int minDeals;

    Pairing(Map<String, List<StepFigure>> team, int minDeals) {
        this.team = team;
        this.minDeals = minDeals;
    }

    /** The step furthest below its target (the earlier one on a tie); empty when every step meets its target. */
    static Optional<String> weakestStep(List<StepFigure> steps) {
        return steps.stream().filter(s -> s.gap() != null && s.gap() < 0)
                .min(Comparator.comparingDouble(StepFigure::gap)).map(StepFigure::step);
    }

    /** The colleague with the highest coefficient at the step, if he does better than the manager himself. */
    Optional<String> learnFrom(String manager, String step) {
        Double own = coefficient(manager, step);
        return team.keySet().stream().filter(colleague -> !colleague.equals(manager))
                .filter(colleague -> qualified(colleague, step))
                .filter(colleague -> own == null || coefficient(colleague, step) > own)
                .max(Comparator.comparingDouble((String colleague) -> coefficient(colleague, step))
                        .thenComparing(Comparator.<String>reverseOrder()));
    }

    /** The steps where his coefficient is the team's highest (ties shared) among at least two qualified members. */
    List<String> teaches(String manager) {
        List<String> steps = new ArrayList<>();
        for (FunnelStep step : FunnelStep.values()) {
            if (step.previous() == null || !qualified(manager, step.key())) {
                continue;
            }
            List<String> rivals = team.keySet().stream().filter(c -> !c.equals(manager))
                    .filter(c -> qualified(c, step.key())).toList();
            double own = coefficient(manager, step.key());
            if (!rivals.isEmpty() && rivals.stream().allMatch(c -> coefficient(c, step.key()) <= own)) {
                steps.add(step.key());
            }
        }
        return steps;
    }

    private boolean qualified(String manager, String step) {
        List<StepFigure> steps = team.get(manager);
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).step().equals(step)) {
                return steps.get(i - 1).deals() >= minDeals && steps.get(i).coefficient() != null;
            }
        }
        return false;
    }

    private Double coefficient(String manager, String step) {
        return team.get(manager).stream().filter(s -> s.step().equals(step)).findFirst()
                .map(StepFigure::coefficient).orElse(null);
    }
}

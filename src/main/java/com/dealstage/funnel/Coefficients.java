package com.dealstage.funnel;

import com.dealstage.funnel.FunnelAnswer.StepFigure;
import com.dealstage.journal.StepCounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** One manager's (or the team's) counts as the figures of each step: coefficient, target and gap. */
final class Coefficients {

    private Coefficients() {
    }

    static List<StepFigure> of(StepCounts counts, FunnelProperties settings, String team) {
        List<StepFigure> figures = new ArrayList<>();
        for (FunnelStep step : FunnelStep.values()) {
            long deals = step.count(counts);
            FunnelStep previous = step.previous();
            if (previous == null) {
                figures.add(new StepFigure(step.key(), deals, null, null, null));
                continue;
            }
            Integer target = settings.target(team, step);
            Double coefficient = percent(deals, previous.count(counts));
            Double gap = coefficient == null || target == null ? null : oneDecimal(coefficient - target);
            figures.add(new StepFigure(step.key(), deals, coefficient, target, gap));
        }
        return figures;
    }

    /** Percent with one decimal; null over zero deals (neither 0 nor 100 would be true). */
    static Double percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}

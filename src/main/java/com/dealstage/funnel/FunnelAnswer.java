package com.dealstage.funnel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** GET /api/funnel: field names are a contract (issue 11). */
record FunnelAnswer(LocalDate from, LocalDate to, String team, Map<String, Integer> targets, Total total,
        List<ManagerFunnel> managers) {

    record Total(List<StepFigure> steps) {
    }

    /**
     * @param coefficient percent of the previous step's deals, one decimal; absent when the previous step has none
     * @param gap         coefficient minus target, in points; absent with the coefficient
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StepFigure(String step, long deals, Double coefficient, Integer target, Double gap) {
    }

    /**
     * @param weakestStep the step furthest below its target; null when every step meets it
     * @param learnFrom   the colleague with the best coefficient at that step; null when nobody does better
     * @param teaches     the steps where he is the team's best
     */
    record ManagerFunnel(String manager, String name, List<StepFigure> steps, String weakestStep, String learnFrom,
            List<String> teaches) {
    }
}

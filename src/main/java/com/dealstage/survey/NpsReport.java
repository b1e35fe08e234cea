package com.dealstage.survey;

import java.time.LocalDate;
import java.util.Map;

/**
 * NPS of the calls made in a period: % promoters minus % detractors, passives counted in the denominator.
 * Percentages and score are rounded to one decimal; with no answers they are all 0.
 */
public record NpsReport(LocalDate from, LocalDate to, int answers, int promoters, int passives, int detractors,
        double promotersPercent, double detractorsPercent, double nps) {

    static NpsReport of(LocalDate from, LocalDate to, Map<NpsCategory, Integer> counts) {
        int promoters = counts.getOrDefault(NpsCategory.PROMOTER, 0);
        int passives = counts.getOrDefault(NpsCategory.PASSIVE, 0);
        int detractors = counts.getOrDefault(NpsCategory.DETRACTOR, 0);
        int answers = promoters + passives + detractors;
        return new NpsReport(from, to, answers, promoters, passives, detractors, percent(promoters, answers),
                percent(detractors, answers), percent(promoters - detractors, answers));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}

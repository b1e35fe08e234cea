package com.dealstage.funnel;

import com.dealstage.deployment.DiagramBuildingBlock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code prepareFigures} of funnel-review: records the week's funnel figures, who reviews them and
 * the dashboard link on the review, from its business key {@code funnel-review:WEEK-START:HEAD}. As a building
 * block it may write them (the stage gate trusts what diagrams' building blocks write, not callers' variables).
 */
@DiagramBuildingBlock
@Component("funnelReviewFigures")
public class FunnelReviewFigures implements JavaDelegate {

    private final FunnelReport funnel;
    private final FunnelProperties settings;

    FunnelReviewFigures(FunnelReport funnel, FunnelProperties settings) {
        this.funnel = funnel;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution review) {
        String[] key = review.getProcessBusinessKey().split(":", 3);
        LocalDate weekStart = LocalDate.parse(key[1]);
        Period week = new Period(weekStart, weekStart.plusDays(6));
        FunnelAnswer figures = funnel.of(week, settings.team(), null);
        review.setVariable("head", key[2]);
        review.setVariable("weekNumber", weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        review.setVariable("weekFrom", week.from().toString());
        review.setVariable("weekTo", week.to().toString());
        review.setVariable("team", figures.team());
        review.setVariable("summary", DigestTasks.summary(figures));
        review.setVariable("dashboardLink", "/dashboard?from=" + week.from() + "&to=" + week.to());
    }
}

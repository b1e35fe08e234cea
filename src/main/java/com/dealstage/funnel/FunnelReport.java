package com.dealstage.funnel;

import com.dealstage.calendar.BusinessCalendar;
import com.dealstage.funnel.FunnelAnswer.ManagerFunnel;
import com.dealstage.funnel.FunnelAnswer.StepFigure;
import com.dealstage.journal.StageJournal;
import com.dealstage.journal.StepCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/** The funnel of a team for a period, as of now (the engine's clock): counts, coefficients, pairing. */
@Service
class FunnelReport {

    private final StageJournal journal;
    private final Team teams;
    private final FunnelProperties settings;
    private final BusinessCalendar calendar;

    FunnelReport(StageJournal journal, Team teams, FunnelProperties settings, BusinessCalendar calendar) {
        this.journal = journal;
        this.teams = teams;
        this.settings = settings;
        this.calendar = calendar;
    }

    FunnelAnswer of(Period period, String team, String manager) {
        String group = teams.resolve(team);
        Map<String, String> members = teams.members(group);
        if (manager != null && !members.containsKey(manager)) {
            throw FunnelErrors.badParameter("manager", "Manager '" + manager + "' is not a member of " + group + ".");
        }
        Map<String, StepCounts> counted = journal.funnelSteps(period.start(calendar), period.end(calendar),
                ClockUtil.getCurrentTime().toInstant()).stream()
                .collect(Collectors.toMap(StepCounts::manager, Function.identity()));
        Map<String, List<StepFigure>> figures = new LinkedHashMap<>();
        StepCounts total = StepCounts.none(null);
        for (String member : members.keySet()) {
            StepCounts counts = counted.getOrDefault(member, StepCounts.none(member));
            figures.put(member, Coefficients.of(counts, settings, group));
            total = plus(total, counts);
        }
        Pairing pairing = new Pairing(figures, settings.minDeals());
        List<ManagerFunnel> managers = new ArrayList<>();
        for (Map.Entry<String, List<StepFigure>> member : figures.entrySet()) {
            if (manager != null && !manager.equals(member.getKey())) {
                continue;
            }
            String weakest = Pairing.weakestStep(member.getValue()).orElse(null);
            managers.add(new ManagerFunnel(member.getKey(), members.get(member.getKey()), member.getValue(), weakest,
                    weakest == null ? null : pairing.learnFrom(member.getKey(), weakest).orElse(null),
                    pairing.teaches(member.getKey())));
        }
        return new FunnelAnswer(period.from(), period.to(), group, targets(group),
                new FunnelAnswer.Total(Coefficients.of(total, settings, group)), managers);
    }

    private Map<String, Integer> targets(String team) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        for (FunnelStep step : FunnelStep.values()) {
            Integer target = settings.target(team, step);
            if (target != null) {
                targets.put(step.key(), target);
            }
        }
        return targets;
    }

    private static StepCounts plus(StepCounts a, StepCounts b) {
        return new StepCounts(null, a.listed() + b.listed(), a.acquainted() + b.acquainted(),
                a.presented() + b.presented(), a.contracted() + b.contracted(), a.paid() + b.paid());
    }
}

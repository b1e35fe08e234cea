package com.dealstage.funnel;

import com.dealstage.calendar.BusinessCalendar;
import com.dealstage.funnel.RejectionReport.ManagerRejections;
import com.dealstage.funnel.RejectionReport.ReasonShare;
import com.dealstage.funnel.RejectionReport.StageCount;
import com.dealstage.journal.RejectionCount;
import com.dealstage.journal.StageJournal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The rejection report. The method reads some reasons (a competitor already supplies them, the product does not
 * fit) as the manager's skill rather than the market's answer when his share of them is well above the team's.
 */
@Service
class RejectionReports {

    private static final String NO_REASON = "NONE";
    private final StageJournal journal;
    private final Team teams;
    private final FunnelProperties settings;
    private final BusinessCalendar calendar;

    RejectionReports(StageJournal journal, Team teams, FunnelProperties settings, BusinessCalendar calendar) {
        this.journal = journal;
        this.teams = teams;
        this.settings = settings;
        this.calendar = calendar;
    }

    RejectionReport of(Period period, String team) {
        String group = teams.resolve(team);
        Map<String, String> members = teams.members(group);
        List<RejectionCount> counts = journal.rejections(period.start(calendar), period.end(calendar)).stream()
                .filter(count -> members.containsKey(count.manager())).toList();
        long total = counts.stream().mapToLong(RejectionCount::rejections).sum();
        Map<String, Long> teamByReason = sum(counts, RejectionCount::reason);
        List<ReasonShare> byReason = new ArrayList<>();
        teamByReason.forEach((reason, n) -> byReason.add(new ReasonShare(reason, n,
                Coefficients.percent(n, total), null, null)));
        List<StageCount> byStage = new ArrayList<>();
        sum(counts, RejectionCount::stage).forEach((stage, n) -> byStage.add(new StageCount(stage, n)));
        List<ManagerRejections> managers = new ArrayList<>();
        members.forEach((manager, name) -> managers.add(manager(manager, name, counts, teamByReason, total)));
        return new RejectionReport(period.from(), period.to(), group, total, byReason, byStage, managers, rule());
    }

    private ManagerRejections manager(String manager, String name, List<RejectionCount> counts,
            Map<String, Long> teamByReason, long teamTotal) {
        List<RejectionCount> own = counts.stream().filter(c -> c.manager().equals(manager)).toList();
        long total = own.stream().mapToLong(RejectionCount::rejections).sum();
        List<ReasonShare> byReason = new ArrayList<>();
        List<String> signals = new ArrayList<>();
        sum(own, RejectionCount::reason).forEach((reason, n) -> {
            Double share = Coefficients.percent(n, total);
            Double teamShare = Coefficients.percent(teamByReason.get(reason), teamTotal);
            boolean signal = settings.coaching().reasons().contains(reason)
                    && total >= settings.coaching().minRejections()
                    && share >= teamShare * settings.coaching().shareFactor() && share > teamShare;
            byReason.add(new ReasonShare(reason, n, share, teamShare, signal));
            if (signal) {
                signals.add(reason);
            }
        });
        return new ManagerRejections(manager, name, total, byReason, signals);
    }

    String rule() {
        FunnelProperties.Coaching coaching = settings.coaching();
        return "A manager's share of " + String.join(" or ", coaching.reasons()) + " rejections at least "
                + coaching.shareFactor() + " times the team's, once he has " + coaching.minRejections()
                + " rejections or more in the period, is a coaching signal rather than market data.";
    }

    private static Map<String, Long> sum(List<RejectionCount> counts, Function<RejectionCount, String> key) {
        return counts.stream().collect(Collectors.groupingBy(c -> key.apply(c) == null ? NO_REASON : key.apply(c),
                TreeMap::new, Collectors.summingLong(RejectionCount::rejections)));
    }
}

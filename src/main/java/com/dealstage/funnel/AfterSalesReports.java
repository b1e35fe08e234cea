package com.dealstage.funnel;

import com.dealstage.calendar.BusinessCalendar;
import com.dealstage.funnel.AfterSalesReport.ManagerAfterSales;
import com.dealstage.funnel.AfterSalesReport.Nps;
import com.dealstage.journal.AfterSalesCounts;
import com.dealstage.journal.StageJournal;
import com.dealstage.survey.NpsReport;
import com.dealstage.survey.SurveyFigures;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/** NPS and its weekly trend, the repeat-sale share of paid revenue, referrals per manager. */
@Service
class AfterSalesReports {

    private final StageJournal journal;
    private final SurveyFigures surveys;
    private final Team teams;
    private final BusinessCalendar calendar;

    AfterSalesReports(StageJournal journal, SurveyFigures surveys, Team teams,
            BusinessCalendar calendar) {
        this.journal = journal;
        this.surveys = surveys;
        this.teams = teams;
        this.calendar = calendar;
    }

    AfterSalesReport of(Period period, String team) {
        String group = teams.resolve(team);
        Map<String, String> members = teams.members(group);
        Map<String, AfterSalesCounts> counts = journal.afterSales(period.start(calendar), period.end(calendar),
                ClockUtil.getCurrentTime().toInstant()).stream()
                .collect(Collectors.toMap(AfterSalesCounts::manager, Function.identity()));
        Map<String, Long> referrals = surveys.referralsObtained(period.from(), period.to());
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal repeat = BigDecimal.ZERO;
        List<ManagerAfterSales> managers = new ArrayList<>();
        for (Map.Entry<String, String> member : members.entrySet()) {
            AfterSalesCounts own = counts.getOrDefault(member.getKey(),
                    new AfterSalesCounts(member.getKey(), BigDecimal.ZERO, BigDecimal.ZERO, 0, 0));
            paid = paid.add(own.paidRevenue());
            repeat = repeat.add(own.repeatRevenue());
            managers.add(new ManagerAfterSales(member.getKey(), member.getValue(),
                    referrals.getOrDefault(member.getKey(), 0L), own.referralDeals(), own.referralDealsContracted(),
                    Coefficients.percent(own.referralDealsContracted(), own.referralDeals()), own.paidRevenue(),
                    own.repeatRevenue()));
        }
        Double repeatShare = paid.signum() == 0 ? null : Coefficients.oneDecimal(
                repeat.doubleValue() * 100 / paid.doubleValue());
        return new AfterSalesReport(period.from(), period.to(), group, nps(period.from(), period.to()),
                weekly(period), paid, repeat, repeatShare, managers);
    }

    /** The NPS of each week (Monday to Sunday) the period touches, cut to the period. */
    private List<Nps> weekly(Period period) {
        List<Nps> trend = new ArrayList<>();
        for (LocalDate monday = period.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !monday.isAfter(period.to()); monday = monday.plusWeeks(1)) {
            LocalDate from = monday.isBefore(period.from()) ? period.from() : monday;
            LocalDate sunday = monday.plusDays(6);
            trend.add(nps(from, sunday.isAfter(period.to()) ? period.to() : sunday));
        }
        return trend;
    }

    private Nps nps(LocalDate from, LocalDate to) {
        NpsReport report = surveys.nps(from, to);
        return new Nps(from, to, report.answers(), report.promoters(), report.passives(), report.detractors(),
                report.nps());
    }
}

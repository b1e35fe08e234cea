package com.dealstage.survey;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The after-sales figures other modules report on (the funnel's after-sales measures): NPS and referrals. */
@Component
public class SurveyFigures {

    private final SurveyRecords surveys;

    SurveyFigures(SurveyRecords surveys) {
        this.surveys = surveys;
    }

    /** NPS of the quality calls made from {@code from} to {@code to}, both days included. */
    public NpsReport nps(LocalDate from, LocalDate to) {
        return NpsReport.of(from, to, surveys.answersBetween(from, to));
    }

    /** Referrals obtained in those calls, per manager of the surveyed deal. */
    public Map<String, Long> referralsObtained(LocalDate from, LocalDate to) {
        return surveys.referralsBetween(from, to);
    }
}

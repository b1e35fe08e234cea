package com.dealstage.survey;

import com.dealstage.testsupport.MovesEngineClock;
import static com.dealstage.testsupport.StageInputs.forward;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.dealstage.testsupport.Deals;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * After-sales days are days of the business zone (dealstage.zone), not of the server: the acts deadline, the survey
 * day and the repeat-sale day start at midnight there; the moments of signing and answering are stored in UTC.
 */
@MovesEngineClock
class BusinessZoneTest {

    /** Ten hours ahead of UTC; any zone other than the server's would do. */
    private static final ZoneId BUSINESS = ZoneId.systemDefault().equals(ZoneId.of("Asia/Vladivostok"))
            ? ZoneId.of("America/New_York") : ZoneId.of("Asia/Vladivostok");
    private static AfterSalesTestEngine afterSales;

    @BeforeAll
    static void createEngine() {
        afterSales = AfterSalesTestEngine.create(BUSINESS);
        BpmnAwareTests.init(afterSales.engine());
    }

    @Test
    void afterSalesDaysStartAtMidnightOfTheBusinessZoneAndMomentsAreStoredInUtc() {
        Instant signedAt = midnight(2026, 12, 21).plusSeconds(3600);
        ClockUtil.setCurrentTime(Date.from(signedAt));
        ProcessInstance deal = Deals.driveTo("fulfilmentActs");
        assertThat(task(deal).getDueDate().toInstant()).as("acts deadline").isEqualTo(midnight(2027, 1, 3));

        complete(task(deal), forward("fulfilmentActs"));
        assertThat(afterSales.jdbc().sql("select recorded_at from fulfilment_act where deal_id = :deal")
                .param("deal", deal.getId()).query(OffsetDateTime.class).single())
                .isEqualTo(signedAt.atOffset(ZoneOffset.UTC));
        ProcessInstance survey = afterSales.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(deal.getId()).singleResult();
        assertThat(((Date) afterSales.engine().getRuntimeService().getVariable(survey.getId(), "surveyDate"))
                .toInstant()).as("survey day").isEqualTo(midnight(2026, 12, 23));

        Instant answeredAt = midnight(2026, 12, 24).minusSeconds(60);
        ClockUtil.setCurrentTime(Date.from(answeredAt));
        afterSales.runDueJobs();
        complete(task(survey), Map.of("npsScore", 9, "npsComment", "Good"));
        assertThat(afterSales.jdbc().sql("select answered_on, answered_at from nps_survey where id = :id")
                .param("id", survey.getId()).query().singleRow())
                .containsEntry("answered_on", java.sql.Date.valueOf("2026-12-23"))
                .containsEntry("answered_at", answeredAt.atOffset(ZoneOffset.UTC));
        assertThat(((Date) afterSales.engine().getRuntimeService().getVariable(deal.getId(), "repeatSaleDate"))
                .toInstant()).as("repeat-sale day, 30 days after delivery").isEqualTo(midnight(2027, 1, 19));
    }

    private static Instant midnight(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 0, 0).atZone(BUSINESS).toInstant();
    }
}

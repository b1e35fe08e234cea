package com.dealstage.survey;

import com.dealstage.testsupport.MovesEngineClock;
import static com.dealstage.testsupport.StageInputs.forward;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.dealstage.testsupport.Deals;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Closing documents signed after the limit (fulfilment 2026-12-20 + 14 days = 2027-01-03): heads of sales hear of
 * the deal once, however many acts are still signed late, one per pass of the act loop.
 */
@MovesEngineClock
class LateActsTest {

    private static AfterSalesTestEngine afterSales;

    @BeforeAll
    static void createEngine() {
        afterSales = AfterSalesTestEngine.create();
    }

    @BeforeEach
    void dayAfterFulfilment() {
        BpmnAwareTests.init(afterSales.engine());
        afterSales.reset();
        clock(2026, 12, 21, 10);
    }

    @Test
    void threeActsSignedAfterTheLimitGiveOneEscalation() {
        ProcessInstance deal = Deals.driveTo("fulfilmentActs");
        clock(2027, 1, 4, 9);
        afterSales.runDueJobs();
        assertThat(escalations(deal)).as("the limit has passed").isEqualTo(1);

        signAct(deal, "TN-1", true);
        clock(2027, 1, 11, 9);
        signAct(deal, "AKT-2", true);
        clock(2027, 1, 18, 9);
        signAct(deal, "AKT-3", false);

        assertThat(deal).hasPassed("dealWon");
        assertThat(afterSales.jdbc().sql("select count(*) from fulfilment_act where deal_id = :deal")
                .param("deal", deal.getId()).query(Integer.class).single()).isEqualTo(3);
        assertThat(escalations(deal)).isEqualTo(1);
    }

    @Test
    void actsSignedLateBeforeTheTimerRanStillGiveOneEscalation() {
        ProcessInstance deal = Deals.driveTo("fulfilmentActs");
        clock(2027, 1, 5, 9);
        signAct(deal, "TN-1", true);
        signAct(deal, "AKT-2", true);
        afterSales.runDueJobs();
        signAct(deal, "AKT-3", true);

        assertThat(deal).isWaitingAt("fulfilmentActs", "actsEscalation");
        assertThat(escalations(deal)).isEqualTo(1);
    }

    @Test
    void actsSignedInTimeGiveNoEscalation() {
        ProcessInstance deal = Deals.driveTo("fulfilmentActs");
        signAct(deal, "TN-1", true);
        signAct(deal, "AKT-2", false);
        clock(2027, 2, 1, 9);
        afterSales.runDueJobs();

        assertThat(deal).hasPassed("dealWon");
        assertThat(escalations(deal)).isZero();
    }

    /** Every actsEscalation task the deal ever had, open or done. */
    private static long escalations(ProcessInstance deal) {
        afterSales.runDueJobs();
        return afterSales.engine().getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(deal.getId()).taskDefinitionKey("actsEscalation").count();
    }

    private static void signAct(ProcessInstance deal, String number, boolean moreToCome) {
        Map<String, Object> act = new HashMap<>(forward("fulfilmentActs"));
        act.put("actNumber", number);
        act.put("moreActsToSign", moreToCome);
        complete(BpmnAwareTests.taskQuery().processInstanceId(deal.getId()).taskDefinitionKey("fulfilmentActs")
                .singleResult(), act);
        afterSales.runDueJobs();
    }

    private static void clock(int year, int month, int day, int hour) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, 0)
                .atZone(ZoneId.systemDefault()).toInstant()));
    }
}

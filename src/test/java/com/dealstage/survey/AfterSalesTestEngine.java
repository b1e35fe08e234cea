package com.dealstage.survey;

import com.dealstage.clients.Clients;
import com.dealstage.deal.PaymentWatch;
import com.dealstage.deal.Deals;
import com.dealstage.calendar.BusinessCalendar;
import com.dealstage.deployment.ProcessFolderDeployer;
import com.dealstage.repeatsale.RepeatSaleTestBeans;
import com.dealstage.rules.RuleEngine;
import com.dealstage.stagegate.StageGatePlugin;
import com.dealstage.testsupport.TestEngines;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A plain engine with processes/ deployed, the stage gate on and the after-sales beans wired as Spring wires
 * them. The project's tables live in their own in-memory H2, migrated by Flyway as in the application.
 * @param calendar the business zone the beans work in
 */
public record AfterSalesTestEngine(ProcessEngine engine, JdbcClient jdbc, BusinessCalendar calendar) {

    public static final Duration ACTS_SIGNING_LIMIT = Duration.ofDays(14);
    public static final Duration SURVEY_RESULT_WAIT = Duration.ofDays(30);

    /** In the server's zone, as the application runs without {@code dealstage.zone}. */
    public static AfterSalesTestEngine create() {
        return create(ZoneId.systemDefault());
    }

    public static AfterSalesTestEngine create(ZoneId businessZone) {
        JdbcClient jdbc = JdbcClient.create(migratedDatabase());
        RuleEngine rules = RuleEngine.fromDirectory(Path.of("rules"));
        BusinessCalendar calendar = new BusinessCalendar(businessZone);
        ProcessEngine engine = TestEngines.inMemory(new StageGatePlugin(rules));
        TestEngines.addBeans(engine, beans(rules, jdbc, calendar, engine));
        new ProcessFolderDeployer(engine.getRepositoryService()).deploy(Path.of("processes"));
        return new AfterSalesTestEngine(engine, jdbc, calendar);
    }

    /** Forgets every deal, survey and act, so that a test's client has no history from an earlier test. */
    public void reset() {
        engine.getRuntimeService().createProcessInstanceQuery().list().forEach(instance -> engine.getRuntimeService()
                .deleteProcessInstance(instance.getId(), "test reset", true, true));
        jdbc.sql("delete from nps_survey").update();
        jdbc.sql("delete from client_deal").update();
        jdbc.sql("delete from lead_rejection").update();
        jdbc.sql("delete from client").update();
        jdbc.sql("delete from fulfilment_act").update();
    }

    /** Executes every job that is due at the engine's current time, including jobs those jobs create. */
    public void runDueJobs() {
        for (List<Job> due = dueJobs(); !due.isEmpty(); due = dueJobs()) {
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private List<Job> dueJobs() {
        return engine.getManagementService().createJobQuery().executable().list();
    }

    /**
     * Gives a built engine the after-sales beans on a database of their own: for engines that only need deals to
     * pass through the after-sales region.
     */
    public static void wire(ProcessEngine engine, RuleEngine rules) {
        TestEngines.addBeans(engine, beans(rules, JdbcClient.create(migratedDatabase()),
                new BusinessCalendar(ZoneId.systemDefault()), engine));
    }

    private static Map<String, Object> beans(RuleEngine rules, JdbcClient jdbc, BusinessCalendar calendar,
            ProcessEngine engine) {
        SurveyRules surveyRules = new SurveyRules(rules);
        SurveyRecords surveys = new SurveyRecords(jdbc, calendar);
        Deals deals = new Deals(engine.getRuntimeService(), new Clients(jdbc));
        Map<String, Object> beans = new HashMap<>(RepeatSaleTestBeans.beans(rules, deals, calendar));
        beans.put("afterSalesSettings", new AfterSalesSettings(
                new AfterSalesProperties(ACTS_SIGNING_LIMIT, SURVEY_RESULT_WAIT), calendar));
        beans.put("paymentWatch", new PaymentWatch(calendar));
        beans.put("recordFulfilmentAct", new RecordFulfilmentAct(new ActRecords(jdbc), calendar));
        beans.put("handOverAfterSales", new HandOverAfterSales(surveyRules, surveys, deals, calendar));
        beans.put("recordSurveyAnswer", new RecordSurveyAnswer(surveyRules, surveys));
        beans.put("startReferralDeals", new StartReferralDeals(surveys, deals));
        return beans;
    }

    static DataSource migratedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:after-sales-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }
}

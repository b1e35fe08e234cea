package com.dealstage.recontact;

import com.dealstage.clients.Clients;
import com.dealstage.deal.Deals;
import com.dealstage.calendar.BusinessCalendar;
import com.dealstage.deployment.ProcessFolderDeployer;
import com.dealstage.rules.RuleEngine;
import com.dealstage.stagegate.StageGatePlugin;
import com.dealstage.testsupport.TestEngines;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A plain engine (stage gate on, processes/ deployed) whose {@code ${recontactPlanner}} and
 * {@code ${recontactCallSetup}} are the real beans, recording into lead_rejection of an H2 database migrated by
 * our own Flyway script. The engine keeps its own database: plain engine tests check behaviour, the Spring tests
 * check that the record shares the engine's transaction.
 */
public final class RecontactTestEngine {

    private final ProcessEngine engine;
    private final JdbcClient jdbc;

    private RecontactTestEngine() {
        DataSource rejections = new DriverManagerDataSource(
                "jdbc:h2:mem:rejections-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(rejections).baselineOnMigrate(true).baselineVersion("0").load().migrate();
        this.jdbc = JdbcClient.create(rejections);
        RuleEngine rules = RuleEngine.fromDirectory(Path.of("rules"));
        this.engine = TestEngines.inMemory(new StageGatePlugin(rules));
        RecontactPlanner planner = new RecontactPlanner(new RecontactPolicy(rules), new Rejections(jdbc),
                new BusinessCalendar(ZoneOffset.UTC), new Deals(engine.getRuntimeService(), new Clients(jdbc)));
        TestEngines.addBeans(engine, Map.of("recontactPlanner", planner, "recontactCallSetup",
                new RecontactCallSetup()));
        new ProcessFolderDeployer(engine.getRepositoryService()).deploy(Path.of("processes"));
    }

    public static RecontactTestEngine start() {
        return new RecontactTestEngine();
    }

    public ProcessEngine engine() {
        return engine;
    }

    /** Rows of lead_rejection, oldest first, as column -> value. */
    public List<Map<String, Object>> recordedRejections() {
        return jdbc.sql("SELECT * FROM lead_rejection ORDER BY id").query().listOfRows();
    }

    /** Refusals are counted per company across deals: tests that reuse one company start from a clean record. */
    public void forgetRejections() {
        jdbc.sql("DELETE FROM lead_rejection").update();
    }

    public void close() {
        engine.close();
    }
}

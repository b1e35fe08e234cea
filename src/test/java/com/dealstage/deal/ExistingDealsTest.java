package com.dealstage.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.clients.Clients;
import com.dealstage.deployment.ProcessFolderDeployer;
import com.dealstage.rules.RuleEngine;
import com.dealstage.stagegate.StageGatePlugin;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.TestEngines;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deals from before the client table (started on an engine without the start check) get their client at startup:
 * running ones the clientId variable, through the stage gate's guard, and every one a link; once, not twice.
 */
class ExistingDealsTest {

    private final ProcessEngine engine = TestEngines.inMemory(new StageGatePlugin(RuleEngine.fromDirectory(Path.of("rules"))));
    private final JdbcClient jdbc = JdbcClient.create(migratedDatabase());
    private final Clients clients = new Clients(jdbc);

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void runningAndEndedDealsAreLinkedToTheirClientsOnce() {
        new ProcessFolderDeployer(engine.getRepositoryService()).deploy(Path.of("processes"));
        RuntimeService runtime = engine.getRuntimeService();
        String running = runtime.startProcessInstanceByKey(DealPipeline.PROCESS_KEY, StageInputs.leadIntake()).getId();
        String ended = runtime.startProcessInstanceByKey(DealPipeline.PROCESS_KEY, Map.of("companyName",
                "OOO «Stroymontazh»", "companyTaxId", "7707-083893", "source", "INBOUND", "manager", "boris")).getId();
        runtime.deleteProcessInstance(ended, "lost before the upgrade");
        String otherClient = runtime.startProcessInstanceByKey(DealPipeline.PROCESS_KEY, StageInputs.newClientLead())
                .getId();

        ExistingDeals existing = new ExistingDeals(engine, clients);
        existing.linkToClients();
        existing.linkToClients();

        long stroymontazh = clients.clientOfDeal(running).orElseThrow();
        assertThat(runtime.getVariable(running, DealPipeline.CLIENT_ID)).isEqualTo(stroymontazh);
        assertThat(clients.clientOfDeal(ended)).contains(stroymontazh);
        assertThat(clients.find(stroymontazh).orElseThrow().deals()).isEqualTo(2);
        assertThat(runtime.getVariable(otherClient, DealPipeline.CLIENT_ID)).isNotEqualTo(stroymontazh);
        assertThat(clients.linkedDeals()).isEqualTo(3);
    }

    private static JdbcDataSource migratedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:existing-deals-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }
}

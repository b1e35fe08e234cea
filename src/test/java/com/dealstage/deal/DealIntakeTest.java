package com.dealstage.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.dealstage.clients.Client;
import com.dealstage.clients.ClientHasOpenDeal;
import com.dealstage.clients.Clients;
import com.dealstage.deployment.ProcessFolderDeployer;
import com.dealstage.rules.RuleEngine;
import com.dealstage.rules.Violation;
import com.dealstage.stagegate.StageGatePlugin;
import com.dealstage.stagegate.StageGateViolation;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.TestEngines;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The start check every deal passes, on a plain engine (fast enough to run against every mutant): a lead becomes a
 * deal of its client; a client's second open deal and a blacklisted client are refused, and a refusal leaves no
 * deal behind. (Here the client table is another database than the engine's, so a refused start's client link is
 * not rolled back with it; in the application both share the engine's transaction: DuplicateLeadsAndBlacklistTest.)
 */
class DealIntakeTest {

    private static final List<String> NON_SALES_GROUPS = List.of("quality-control", "process-owners", "accounting");
    private final JdbcClient jdbc = JdbcClient.create(migratedDatabase());
    private final Clients clients = new Clients(jdbc);
    private final ProcessEngine engine = TestEngines.inMemory(
            new StageGatePlugin(RuleEngine.fromDirectory(Path.of("rules"))), new DealIntakePlugin(clients, DealIntakeTest::score, NON_SALES_GROUPS));
    private final RuntimeService runtime = engine.getRuntimeService();

    @BeforeEach
    void deploy() {
        new ProcessFolderDeployer(engine.getRepositoryService()).deploy(Path.of("processes"));
        IdentityService identity = engine.getIdentityService();
        for (String[] member : new String[][] {{"anna", "sales-managers"}, {"boris", "sales-managers"},
                {"helen", "sales-heads"}, {"quinn", "quality-control"}, {"paul", "process-owners"}}) {
            if (identity.createGroupQuery().groupId(member[1]).count() == 0) {
                identity.saveGroup(identity.newGroup(member[1]));
            }
            identity.saveUser(identity.newUser(member[0]));
            identity.createMembership(member[0], member[1]);
        }
    }

    @Test
    void aDealBelongsToAUserOfASalesTeamWhoeverStartsIt() {
        assertThat(start(lead("Head's LLC", null, "helen"))).isNotNull();
        for (String manager : List.of("quinn", "paul")) {
            StageGateViolation refusal = StageGateViolation.findIn(catchThrowable(
                    () -> start(lead(manager + " LLC", null, manager))));

            assertThat(refusal).as(manager).isNotNull();
            assertThat(refusal.violations()).extracting(Violation::field).containsExactly(DealPipeline.MANAGER);
            assertThat(refusal.violations().get(0).message()).isEqualTo("'" + manager + "' cannot be the deal's "
                    + "manager: a deal belongs to a user of a sales team, not of quality-control, process-owners, "
                    + "accounting.");
        }
        StageGateViolation unknown = StageGateViolation.findIn(catchThrowable(() -> start(lead("X LLC", null, "carl"))));
        assertThat(unknown.violations()).extracting(Violation::message)
                .containsExactly("'carl' cannot be the deal's manager: there is no such user.");
        assertThat(runtime.createProcessInstanceQuery().count()).isOne();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aLeadBecomesADealOfItsClientWithItsTaxNumberWithoutSeparators() {
        String deal = start(lead("OOO «Stroymontazh»", "7707-083 893", "anna"));

        long client = clients.clientOfDeal(deal).orElseThrow();
        assertThat(runtime.getVariable(deal, DealPipeline.CLIENT_ID)).isEqualTo(client);
        assertThat(runtime.getVariable(deal, DealPipeline.COMPANY_TAX_ID)).isEqualTo("7707083893");
        assertThat(clients.find(client).orElseThrow().deals()).isEqualTo(1);
    }

    @Test
    void aClientsSecondOpenDealIsRefusedByTaxNumberNamingTheOpenDealAndItsManager() {
        String first = start(lead("Stroymontazh LLC", "7707083893", "anna"));

        Throwable refusal = catchThrowable(() -> start(lead("Another name entirely", "7707083893", "boris")));

        ClientHasOpenDeal open = ClientHasOpenDeal.findIn(refusal);
        assertThat(open).isNotNull();
        assertThat(open.openDealId()).isEqualTo(first);
        assertThat(open.manager()).isEqualTo("anna");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(1);
    }

    @Test
    void withoutATaxNumberTheNameFindsTheOpenDealWhateverTheLegalForm() {
        String first = start(lead("OOO «Vektor»", null, "anna"));

        Throwable refusal = catchThrowable(() -> start(lead("vektor llc", null, "boris")));

        assertThat(ClientHasOpenDeal.findIn(refusal)).isNotNull();
        assertThat(ClientHasOpenDeal.findIn(refusal).openDealId()).isEqualTo(first);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(1);
    }

    @Test
    void aClientKnownByNameOnlyTakesTheTaxNumberOfItsNextLeadAndFromThenOnTheNumberDecides() {
        String first = start(lead("OOO «Vektor»", null, "anna"));
        runtime.deleteProcessInstance(first, "lost");

        String second = start(lead("Vektor LLC", "7707083893", "boris"));

        long client = clients.clientOfDeal(first).orElseThrow();
        assertThat(clients.clientOfDeal(second)).contains(client);
        assertThat(clients.find(client).orElseThrow()).extracting(Client::inn, Client::deals)
                .containsExactly("7707083893", 2L);
        ClientHasOpenDeal open = ClientHasOpenDeal.findIn(
                catchThrowable(() -> start(lead("Another name entirely", "7707083893", "anna"))));
        assertThat(open).isNotNull();
        assertThat(open.openDealId()).isEqualTo(second);
    }

    @Test
    void aClientWhoseDealEndedMayStartANewOne() {
        String first = start(lead("Stroymontazh LLC", "7707083893", "anna"));
        runtime.deleteProcessInstance(first, "lost");

        String second = start(lead("Stroymontazh LLC", "7707083893", "boris"));

        assertThat(clients.clientOfDeal(second)).isEqualTo(clients.clientOfDeal(first));
        assertThat(runtime.getVariable(second, DealPipeline.CLIENT_ID)).isEqualTo(clients.clientOfDeal(first).get());
    }

    @Test
    void aBlacklistedClientIsRefusedNamingTheTaxNumberFieldAndTheReasonAndNoDealIsLeft() {
        String first = start(lead("Stroymontazh LLC", "7707083893", "anna"));
        long client = clients.clientOfDeal(first).orElseThrow();
        runtime.deleteProcessInstance(first, "lost");
        blacklist(client, "never paid");

        Throwable refusal = catchThrowable(() -> start(lead("Stroymontazh LLC", "7707083893", "boris")));

        StageGateViolation violation = StageGateViolation.findIn(refusal);
        assertThat(violation).isNotNull();
        assertThat(violation.violations()).extracting(Violation::field).containsExactly(DealPipeline.COMPANY_TAX_ID);
        assertThat(violation.violations().get(0).message()).contains("blacklisted").contains("never paid");
        assertThat(runtime.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void aBlacklistedClientWithoutATaxNumberIsRefusedNamingTheCompanyName() {
        String first = start(lead("OOO «Vektor»", null, "anna"));
        long client = clients.clientOfDeal(first).orElseThrow();
        runtime.deleteProcessInstance(first, "lost");
        blacklist(client, "fraud");

        StageGateViolation violation = StageGateViolation.findIn(catchThrowable(
                () -> start(lead("Vektor", null, "boris"))));

        assertThat(violation).isNotNull();
        assertThat(violation.violations()).extracting(Violation::field).containsExactly(DealPipeline.COMPANY_NAME);
    }

    @Test
    void aLeadWithoutTaxNumberWhoseNameSeveralClientsShareMustSayWhichOne() {
        String blacklisted = start(lead("Vektor LLC", StageInputs.newTaxNumber(), "anna"));
        String other = StageInputs.newTaxNumber();
        start(lead("OOO Vektor", other, "boris"));
        runtime.deleteProcessInstance(blacklisted, "lost");
        blacklist(clients.clientOfDeal(blacklisted).orElseThrow(), "fraud");

        StageGateViolation refusal = StageGateViolation.findIn(catchThrowable(
                () -> start(lead("VEKTOR", null, "boris"))));

        assertThat(refusal).isNotNull();
        assertThat(refusal.violations()).extracting(Violation::field).containsExactly(DealPipeline.COMPANY_TAX_ID);
        assertThat(refusal.violations().get(0).message()).contains("Several clients are named 'VEKTOR'", other);
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("companyName", "VEKTOR").count()).isZero();
    }

    @Test
    void theClientIdCannotBeChosenByTheCaller() {
        Map<String, Object> lead = lead("Stroymontazh LLC", "7707083893", "anna");
        lead.put(DealPipeline.CLIENT_ID, 999_999L);

        StageGateViolation refusal = StageGateViolation.findIn(catchThrowable(() -> start(lead)));

        assertThat(refusal).isNotNull();
        assertThat(refusal.violations()).extracting(Violation::field).containsExactly(DealPipeline.CLIENT_ID);
        assertThat(runtime.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void aListedLeadCarriesWhatTheListSaysAndItsColdCallTheScoreAsPriority() {
        Deals deals = new Deals(runtime, clients);
        ListEntry entry = new ListEntry("import-1", 7, "RoundRobinAmongActiveSalesManagers", 65,
                Map.of("contactPhone", "+7 495 123-45-67", "contactName", "Ivan Petrov"));

        String listed = deals.startListed(Lead.of(lead("Listed LLC", null, "anna")), entry);
        String typed = deals.start(Lead.of(lead("Typed LLC", null, "anna")), Origin.newLead());

        assertThat(runtime.getVariables(listed)).containsEntry(ListEntry.IMPORT_ID, "import-1")
                .containsEntry(ListEntry.IMPORT_LINE, 7L).containsEntry(ListEntry.LEAD_SCORE, 65)
                .containsEntry(ListEntry.ASSIGNED_BY, "RoundRobinAmongActiveSalesManagers")
                .containsEntry("contactPhone", "+7 495 123-45-67").containsEntry("contactName", "Ivan Petrov");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(listed).singleResult().getPriority())
                .isEqualTo(65);
        assertThat(runtime.getVariables(typed)).doesNotContainKeys(ListEntry.IMPORT_ID, ListEntry.ASSIGNED_BY,
                "contactPhone").containsEntry(ListEntry.LEAD_SCORE, 30);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(typed).singleResult().getPriority())
                .as("a typed lead is scored at its start").isEqualTo(30);
    }

    @Test
    void withoutScoringRulesALeadKeepsCamundasDefaultPriority() {
        ProcessEngine unscored = TestEngines.inMemory(new StageGatePlugin(RuleEngine.fromDirectory(Path.of("rules"))),
                new DealIntakePlugin(clients, null, null));
        try {
            new ProcessFolderDeployer(unscored.getRepositoryService()).deploy(Path.of("processes"));
            String deal = unscored.getRuntimeService().startProcessInstanceByKey(DealPipeline.PROCESS_KEY,
                    lead("Unscored LLC", null, "anna")).getId();
            assertThat(unscored.getRuntimeService().getVariables(deal)).doesNotContainKey(ListEntry.LEAD_SCORE);
            assertThat(unscored.getTaskService().createTaskQuery().processInstanceId(deal).singleResult()
                    .getPriority()).isEqualTo(50);
        } finally {
            unscored.close();
        }
    }

    /** Stands in for rules/scoring.drl: 30 for a lead of the lead intake's source, 10 for anything else. */
    private static int score(Map<String, Object> lead) {
        return StageInputs.leadIntake().get("source").equals(lead.get("source")) ? 30 : 10;
    }

    @Test
    void aCallerCannotSetTheListsVariablesOnADealStart() {
        Map<String, Object> forged = lead("Forged LLC", null, "anna");
        forged.put(ListEntry.LEAD_SCORE, 100);

        Throwable refusal = catchThrowable(() -> start(forged));

        assertThat(StageGateViolation.findIn(refusal)).isNotNull();
        assertThat(StageGateViolation.findIn(refusal).violations()).extracting(Violation::field)
                .contains(ListEntry.LEAD_SCORE);
        assertThat(runtime.createProcessInstanceQuery().count()).isZero();
    }

    private String start(Map<String, Object> lead) {
        return runtime.startProcessInstanceByKey(DealPipeline.PROCESS_KEY, lead).getId();
    }

    private static Map<String, Object> lead(String company, String taxId, String manager) {
        Map<String, Object> lead = new HashMap<>(StageInputs.leadIntake());
        lead.put("companyName", company);
        lead.put("manager", manager);
        if (taxId == null) {
            lead.remove("companyTaxId");
        } else {
            lead.put("companyTaxId", taxId);
        }
        return lead;
    }

    private void blacklist(long client, String reason) {
        jdbc.sql("UPDATE client SET blacklisted = TRUE, blacklist_reason = ? WHERE id = ?")
                .params(reason, client).update();
    }

    private static JdbcDataSource migratedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:deal-intake-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }
}

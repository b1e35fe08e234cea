package com.dealstage.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.EngineRestClient;
import com.dealstage.testsupport.FoldersOfItsOwn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A process owner edits rules/distribution.drl and rules/scoring.drl while the application runs: the next list is
 * distributed and scored by the new rules, without a restart, and the deal records the rule that chose its manager.
 */
@Tag("own-context")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dealstage.rules.reload-interval=100ms")
@ActiveProfiles("test")
class DistributionAndScoringLiveTest {

    private static Path rules;

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RuntimeService runtime;

    @DynamicPropertySource
    static void rulesOfItsOwn(DynamicPropertyRegistry registry) throws IOException {
        rules = FoldersOfItsOwn.copy("rules", "dealstage.rules.path", registry);
    }

    @AfterAll
    static void deleteRules() throws IOException {
        FoldersOfItsOwn.delete(rules);
    }

    @Test
    void editedDistributionAndScoringRulesCountForTheNextListWithoutARestart() throws IOException {
        ImportRequests http = new ImportRequests(rest);
        Map<String, Object> before = deal(http, "Before " + System.nanoTime());
        assertThat(before.get("assignedBy")).isEqualTo("RoundRobinAmongActiveSalesManagers");
        assertThat(before.get("leadScore")).isEqualTo(20);

        Object loadedAt = status().get("loadedAt");
        // every lead of the retail industry goes to Anna, and retail scores 30 more
        append("distribution.drl", """

                rule "RetailLeadsGoToAnna"
                salience 20
                when
                    LeadToDistribute( industry == "Retail" )
                    Candidate( userId == "anna" )
                then
                    insert(new Assignment("anna", drools.getRule().getName()));
                end
                """);
        append("distribution.examples.yaml", """

                  - rule: RetailLeadsGoToAnna
                    given:
                      LeadToDistribute: { companyName: Shop, industry: Retail }
                      Candidate: [ { userId: anna, assigned: 5 }, { userId: boris, assigned: 0 } ]
                    expect:
                      Assignment: { manager: anna, rule: RetailLeadsGoToAnna }
                """);
        append("scoring.drl", """

                rule "RetailAddsPoints"
                when
                    LeadToScore( industry == "Retail" )
                then
                    insert(new ScorePoints(30, drools.getRule().getName()));
                end
                """);
        append("scoring.examples.yaml", """

                  - rule: RetailAddsPoints
                    given:
                      LeadToScore: { industry: Retail }
                    expect:
                      ScorePoints: { points: 30, rule: RetailAddsPoints }
                """);
        Awaitility.await("the edited rules in force").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    Map<?, ?> status = status();
                    return "OK".equals(status.get("state")) && !loadedAt.equals(status.get("loadedAt"))
                            && status.get("files").toString().contains("scoring.drl");
                });

        for (int i = 0; i < 3; i++) {
            Map<String, Object> after = deal(http, "After " + i + " " + System.nanoTime());
            assertThat(after).containsEntry("manager", "anna").containsEntry("assignedBy", "RetailLeadsGoToAnna")
                    .containsEntry("leadScore", 50);
        }
    }

    /** Imports a one-line list of a retail company without manager and returns its deal's variables. */
    private Map<String, Object> deal(ImportRequests http, String company) {
        byte[] csv = ("companyName;industry\n" + company + ";Retail\n").getBytes(StandardCharsets.UTF_8);
        String id = ImportRequests.json(http.upload("helen", csv, "retail.csv", null)).get("id").asText();
        assertThat(http.finished(id).get("started").asLong()).isEqualTo(1);
        return runtime.getVariables(runtime.createProcessInstanceQuery().variableValueEquals("companyName", company)
                .singleResult().getId());
    }

    private Map<?, ?> status() {
        return EngineRestClient.admin(rest).get("/api/rules/status").getBody();
    }

    private static void append(String file, String text) throws IOException {
        Path path = rules.resolve(file);
        Files.writeString(path, Files.readString(path) + text);
    }
}

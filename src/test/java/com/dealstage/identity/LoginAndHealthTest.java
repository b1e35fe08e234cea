package com.dealstage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Logins that an attacker cannot turn into a lock-out, a health check that tells strangers nothing, rule reload. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginAndHealthTest {

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private IdentityService identity;
    @Autowired
    private JdbcClient jdbc;

    /**
     * An account an attacker has already hammered 50 times (Camunda's default locks it for good after 10) is
     * slowed down after one more wrong password, and its owner is back in within the configured 5 seconds.
     */
    @Test
    void wrongPasswordsDoNotLockTheUserOut() {
        String victim = "victim" + System.nanoTime();
        User user = identity.newUser(victim);
        user.setPassword("right-Password-1");
        identity.saveUser(user);
        identity.createMembership(victim, Groups.SALES_MANAGERS);
        jdbc.sql("UPDATE ACT_ID_USER SET ATTEMPTS_ = 50 WHERE ID_ = ?").param(victim).update();

        assertThat(status(victim, "wrong-guess")).isEqualTo(401);
        assertThat(status(victim, "right-Password-1")).as("the guess slowed the account down").isEqualTo(401);
        long start = System.nanoTime();
        Awaitility.await("the real user logs in again").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> status(victim, "right-Password-1") == 200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(7));
        assertThat(jdbc.sql("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = ?").param(victim).query(Integer.class)
                .single()).as("a good login clears the count").isZero();
    }

    @Test
    void anonymousHealthSaysOnlyUpOrDown() {
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(AccessClient.json(health.getBody())).isEqualTo(Map.of("status", "UP"));
    }

    @Test
    void processOwnersAndAdminsSeeTheHealthDetails() {
        for (String user : List.of("paul", "admin")) {
            ResponseEntity<String> health = new AccessClient(rest, user).get("/actuator/health");
            assertThat(health.getBody()).as(user).contains("\"components\"", "\"rules\"", "\"db\"");
        }
        assertThat(AccessClient.json(new AccessClient(rest, "anna").get("/actuator/health").getBody()))
                .isEqualTo(Map.of("status", "UP"));
        // an unknown user: a wrong password for paul would slow paul down for the tests sharing this context
        assertThat(rest.withBasicAuth("mallory", "wrong").getForEntity("/actuator/health", String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void onlyProcessOwnersAndAdminsReloadRules() {
        String attemptBefore = lastAttempt();
        for (String user : List.of("anna", "boris", "helen", "quinn")) {
            ResponseEntity<String> refused = new AccessClient(rest, user).post("/api/rules/reload", null);
            assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(refused.getBody()).contains("Only process owners and administrators may reload the rules.");
        }
        assertThat(lastAttempt()).as("no refused caller reloaded anything").isEqualTo(attemptBefore);
        for (String user : List.of("paul", "admin")) {
            assertThat(new AccessClient(rest, user).post("/api/rules/reload", null).getStatusCode().value())
                    .as(user).isEqualTo(200);
        }
        assertThat(lastAttempt()).isNotEqualTo(attemptBefore);
    }

    private String lastAttempt() {
        return String.valueOf(AccessClient.json(new AccessClient(rest, "anna").get("/api/rules/status").getBody())
                .get("lastAttemptAt"));
    }

    private int status(String user, String password) {
        return rest.withBasicAuth(user, password).getForEntity("/engine-rest/task", String.class).getStatusCode().value();
    }
}

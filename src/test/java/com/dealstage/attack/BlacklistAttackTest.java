package com.dealstage.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.ApiDeals;
import com.dealstage.testsupport.StageInputs;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Attacks on the blacklist's hold of planned contacts (issue 12). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BlacklistAttackTest {

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private ManagementService management;
    @Autowired
    private JdbcClient jdbc;

    /**
     * PlannedContactsOnHold suspends only the timers that exist when the client is blacklisted. A deal of the client
     * that is still open (here at its cold call) reaches its re-contact wait afterwards, and that timer is active:
     * the blacklisted client is called back when it fires.
     */
    @Test
    void aReContactPlannedAfterTheBlacklistingIsHeldToo() {
        ApiDeals deals = new ApiDeals(rest);
        String deal = deals.start(new HashMap<>(StageInputs.newClientLead()));
        long clientId = jdbc.sql("SELECT client_id FROM client_deal WHERE deal_id = ?").param(deal).query(Long.class)
                .single();
        assertThat(rest.withBasicAuth("helen", "helen").exchange("/api/clients/" + clientId + "/blacklist",
                HttpMethod.PUT, new HttpEntity<>(Map.of("reason", "Asked never to be called again")), String.class)
                .getStatusCode().value()).isEqualTo(200);

        assertThat(deals.complete(deal, "coldCall", StageInputs.rejectionAt("coldCall", "NO_BUDGET"))).isEqualTo(204);

        Job recontact = management.createJobQuery().processInstanceId(deal).timers().singleResult();
        assertThat(recontact).isNotNull();
        assertThat(recontact.isSuspended()).as("re-contact of a blacklisted client, planned after the blacklisting")
                .isTrue();
    }

    /**
     * Blacklisting and lifting at once. Clients.lift reads "was it blacklisted" before its UPDATE waits for the
     * blacklisting's row lock; when it read before the blacklisting committed, it sets blacklisted = false afterwards
     * but publishes no ClientLeftBlacklist: the client is off the blacklist, its re-contact stays suspended for good
     * and the hold is never released. After every round the client and its timer must agree.
     */
    @Test
    void blacklistAndLiftAtOnceLeaveTheClientAndItsTimersInAgreement() throws Exception {
        ApiDeals deals = new ApiDeals(rest);
        String deal = deals.start(new HashMap<>(StageInputs.newClientLead()));
        assertThat(deals.complete(deal, "coldCall", StageInputs.rejectionAt("coldCall", "NO_BUDGET"))).isEqualTo(204);
        long clientId = jdbc.sql("SELECT client_id FROM client_deal WHERE deal_id = ?").param(deal).query(Long.class)
                .single();
        String path = "/api/clients/" + clientId + "/blacklist";
        TestRestTemplate helen = rest.withBasicAuth("helen", "helen");
        for (int round = 0; round < 15; round++) {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.CompletableFuture<Integer> put = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> { await(start); return helen.exchange(path, HttpMethod.PUT,
                            new HttpEntity<>(Map.of("reason", "race")), String.class).getStatusCode().value(); });
            java.util.concurrent.CompletableFuture<Integer> delete = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> { await(start); return helen.exchange(path, HttpMethod.DELETE, null, String.class)
                            .getStatusCode().value(); });
            assertThat(put.get()).isLessThan(500);
            assertThat(delete.get()).isLessThan(500);
            boolean blacklisted = jdbc.sql("SELECT blacklisted FROM client WHERE id = ?").param(clientId)
                    .query(Boolean.class).single();
            boolean suspended = management.createJobQuery().processInstanceId(deal).timers().singleResult()
                    .isSuspended();
            assertThat(suspended).as("round %d: client blacklisted=%s, its re-contact suspended=%s", round,
                    blacklisted, suspended).isEqualTo(blacklisted);
            if (blacklisted) {
                assertThat(helen.exchange(path, HttpMethod.DELETE, null, String.class).getStatusCode().value())
                        .isEqualTo(200);
            }
        }
    }

    private static void await(java.util.concurrent.CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}

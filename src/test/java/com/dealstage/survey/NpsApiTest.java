package com.dealstage.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.clients.ClientIdentity;
import com.dealstage.clients.Clients;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import com.dealstage.testsupport.EngineClock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** GET /api/nps on the real application: computed from the recorded answers, for heads of sales and QC only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NpsApiTest {

    /** Far from any day other tests record answers on, so the shared test database cannot disturb the counts. */
    private static final LocalDate DAY = EngineClock.today().minusYears(25);

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private SurveyRecords surveys;
    @Autowired
    private Clients clients;
    @Autowired
    private JdbcClient jdbc;
    /** Ids of this run only: the context and its database are shared with other test classes and reruns. */
    private final String run = UUID.randomUUID().toString();

    @AfterEach
    void removeTheAnswersOfThisTest() {
        jdbc.sql("DELETE FROM nps_survey WHERE id LIKE :run").param("run", run + "%").update();
    }


    @Test
    void headOfSalesGetsTheNpsOfAPeriodFromTheRecordedAnswers() {
        answer("1", 10, NpsCategory.PROMOTER, DAY);
        answer("2", 9, NpsCategory.PROMOTER, DAY);
        answer("3", 8, NpsCategory.PASSIVE, DAY.plusDays(1));
        answer("4", 2, NpsCategory.DETRACTOR, DAY.plusDays(1));
        answer("5", 0, NpsCategory.DETRACTOR, DAY.plusDays(40));

        ResponseEntity<Map> response = get("helen", DAY, DAY.plusDays(1));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("answers", 4).containsEntry("promoters", 2)
                .containsEntry("passives", 1).containsEntry("detractors", 1).containsEntry("promotersPercent", 50.0)
                .containsEntry("detractorsPercent", 25.0).containsEntry("nps", 25.0);
    }

    @Test
    void qualityControlMayReadTheNpsButASalesManagerMayNot() {
        assertThat(get("quinn", DAY, DAY).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("anna", DAY, DAY).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/nps?from=" + DAY + "&to=" + DAY, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsABadRequest() {
        assertThat(get("helen", DAY, DAY.minusDays(1)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<Map> get(String user, LocalDate from, LocalDate to) {
        return rest.withBasicAuth(user, user).getForEntity("/api/nps?from=" + from + "&to=" + to, Map.class);
    }

    private void answer(String number, int score, NpsCategory category, LocalDate day) {
        String id = run + "-" + number;
        ClientIdentity client = ClientIdentity.of(null, "Client " + id);
        long clientId = clients.resolve(client, "Client " + id, Instant.now()).id();
        surveys.planned(id, "deal-" + id, clientId, client, "Client " + id, "anna", day);
        surveys.answered(id, score, category, "comment", day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}

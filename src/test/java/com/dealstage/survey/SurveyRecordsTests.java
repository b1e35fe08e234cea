package com.dealstage.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.clients.ClientIdentity;
import com.dealstage.clients.Clients;
import java.time.Instant;
import java.time.LocalDate;
import com.dealstage.calendar.BusinessCalendar;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nps_survey table as Flyway creates it: survey fatigue per client (clients module), answers of a period. */
class SurveyRecordsTests {

    private SurveyRecords surveys;
    private Clients clients;

    @BeforeEach
    void migrateEmptyDatabase() {
        JdbcClient jdbc = JdbcClient.create(AfterSalesTestEngine.migratedDatabase());
        surveys = new SurveyRecords(jdbc, new BusinessCalendar(ZoneId.systemDefault()));
        clients = new Clients(jdbc);
    }

    @Test
    void theSameTaxNumberIsTheSameClientWhateverTheName() {
        plan("s1", "7707083893", "Stroymontazh LLC", LocalDate.of(2026, 12, 23));
        assertThat(surveys.lastPlannedFor(clientId("7707-083893", "SM Group"))).contains(LocalDate.of(2026, 12, 23));
    }

    @Test
    void differentTaxNumbersAreDifferentClientsDespiteTheSameName() {
        plan("s1", "7707083893", "Stroymontazh LLC", LocalDate.of(2026, 12, 23));
        assertThat(surveys.lastPlannedFor(clientId("7802000008", "Stroymontazh LLC"))).isEmpty();
    }

    @Test
    void withoutATaxNumberTheNameDecides() {
        plan("s1", null, "OOO «Stroymontazh»", LocalDate.of(2026, 10, 1));
        assertThat(surveys.lastPlannedFor(clientId(null, "Stroymontazh Limited"))).contains(LocalDate.of(2026, 10, 1));
        // the client known by name takes the first tax number that comes with its name
        plan("s2", "7707083893", "Stroymontazh LLC", LocalDate.of(2026, 12, 23));
        assertThat(surveys.lastPlannedFor(clientId(null, "Stroymontazh"))).contains(LocalDate.of(2026, 12, 23));
        assertThat(surveys.lastPlannedFor(clientId("7802000008", "Stroymontazh"))).isEmpty();
    }

    @Test
    void answersAreCountedByTheDayOfTheCallBothEndsIncluded() {
        answer("s1", 10, NpsCategory.PROMOTER, LocalDate.of(2026, 1, 1));
        answer("s2", 3, NpsCategory.DETRACTOR, LocalDate.of(2026, 1, 31));
        answer("s3", 9, NpsCategory.PROMOTER, LocalDate.of(2026, 2, 1));
        plan("s4", null, "Unanswered", LocalDate.of(2026, 1, 15));

        assertThat(surveys.answersBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
                .containsOnly(java.util.Map.entry(NpsCategory.PROMOTER, 1), java.util.Map.entry(NpsCategory.DETRACTOR, 1));
    }

    private void answer(String id, int score, NpsCategory category, LocalDate day) {
        plan(id, null, "Client " + id, day.minusDays(1));
        Instant at = day.atTime(15, 30).atZone(ZoneId.systemDefault()).toInstant();
        surveys.answered(id, score, category, "comment", at);
    }

    private long clientId(String taxId, String name) {
        return clients.resolve(ClientIdentity.of(taxId, name), name, Instant.now()).id();
    }

    private void plan(String id, String taxId, String name, LocalDate plannedOn) {
        surveys.planned(id, "deal-" + id, clientId(taxId, name), ClientIdentity.of(taxId, name), name, "anna",
                plannedOn);
    }
}

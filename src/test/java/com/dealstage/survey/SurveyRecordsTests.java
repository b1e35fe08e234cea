package com.dealstage.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.TaxNumbers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nps_survey table as Flyway creates it: who counts as the same client, and the answers of a period. */
class SurveyRecordsTests {

    private SurveyRecords surveys;

    @BeforeEach
    void migrateEmptyDatabase() {
        surveys = new SurveyRecords(JdbcClient.create(AfterSalesTestEngine.migratedDatabase()));
    }

    @Test
    void theSameTaxNumberIsTheSameClientWhateverTheName() {
        plan("s1", ClientIdentity.of(TaxNumbers.STROYMONTAZH, "Stroymontazh LLC"), LocalDate.of(2026, 12, 23));
        assertThat(surveys.lastPlannedFor(ClientIdentity.of(TaxNumbers.STROYMONTAZH, "SM Group")))
                .contains(LocalDate.of(2026, 12, 23));
    }

    @Test
    void differentTaxNumbersAreDifferentClientsDespiteTheSameName() {
        plan("s1", ClientIdentity.of(TaxNumbers.STROYMONTAZH, "Stroymontazh LLC"), LocalDate.of(2026, 12, 23));
        assertThat(surveys.lastPlannedFor(ClientIdentity.of(TaxNumbers.SEVERTRADE, "Stroymontazh LLC"))).isEmpty();
    }

    @Test
    void withoutTaxNumberOnEitherSideTheNameDecides() {
        plan("s1", ClientIdentity.of(null, "OOO «Stroymontazh»"), LocalDate.of(2026, 10, 1));
        plan("s2", ClientIdentity.of(TaxNumbers.STROYMONTAZH, "Stroymontazh LLC"), LocalDate.of(2026, 12, 23));
        assertThat(surveys.lastPlannedFor(ClientIdentity.of(null, "Stroymontazh"))).contains(LocalDate.of(2026, 12, 23));
        assertThat(surveys.lastPlannedFor(ClientIdentity.of(TaxNumbers.SEVERTRADE, "Stroymontazh")))
                .contains(LocalDate.of(2026, 10, 1));
    }

    @Test
    void answersAreCountedByTheDayOfTheCallBothEndsIncluded() {
        answer("s1", 10, NpsCategory.PROMOTER, LocalDate.of(2026, 1, 1));
        answer("s2", 3, NpsCategory.DETRACTOR, LocalDate.of(2026, 1, 31));
        answer("s3", 9, NpsCategory.PROMOTER, LocalDate.of(2026, 2, 1));
        plan("s4", ClientIdentity.of(null, "Unanswered"), LocalDate.of(2026, 1, 15));

        assertThat(surveys.answersBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
                .containsOnly(java.util.Map.entry(NpsCategory.PROMOTER, 1), java.util.Map.entry(NpsCategory.DETRACTOR, 1));
    }

    private void answer(String id, int score, NpsCategory category, LocalDate day) {
        plan(id, ClientIdentity.of(null, "Client " + id), day.minusDays(1));
        Instant at = day.atTime(15, 30).atZone(ZoneId.systemDefault()).toInstant();
        surveys.answered(id, score, category, "comment", at);
    }

    private void plan(String id, ClientIdentity client, LocalDate plannedOn) {
        surveys.planned(id, "deal-" + id, client, "Company " + id, "anna", plannedOn);
    }
}

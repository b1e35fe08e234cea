package com.dealstage.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database at the schema before the client table (V3), with rejections and surveys written under the two old
 * keys, is migrated: no row is lost, every row has its client, and the old keys' disagreements become one client.
 * On H2 (the embedded run) and on PostgreSQL (production).
 */
class ClientMigrationTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    static Stream<Arguments> databases() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:client-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return Stream.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres.getPostgresDatabase()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void existingRejectionsAndSurveysAreBroughtOntoOneClientEachWithoutLosingARow(String name, DataSource database) {
        flyway(database, "3").migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        rejection(jdbc, "d1", "OOO «Stroymontazh»", "7701-234567", "tax:7701-234567", "2026-01-10");
        rejection(jdbc, "d2", "Stroymontazh LLC", "7701234567", "tax:7701234567", "2026-02-10");
        rejection(jdbc, "d3", "Stroymontazh Limited", null, "name:stroymontazh limited", "2026-03-10");
        rejection(jdbc, "d4", "ТОО Береке", null, "name:тоо береке", "2026-03-11");
        survey(jdbc, "s1", "d5", "ТОО «Береке»", null, "тоо береке", "2026-04-01");
        survey(jdbc, "s2", "d2", "Stroymontazh LLC", "7701234567", "stroymontazh", "2026-04-02");
        survey(jdbc, "s3", "d6", "Severtrade", "7802000008", "severtrade", "2026-04-03");

        flyway(database, "latest").migrate();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM lead_rejection").query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM nps_survey").query(Long.class).single()).isEqualTo(3);
        Map<String, Long> clientOf = clientOfEachRow(jdbc);
        assertThat(List.of(clientOf.get("d1"), clientOf.get("d2"), clientOf.get("d3"), clientOf.get("s2")))
                .as("one client: the same INN with and without separators, and the name without a legal form")
                .containsOnly(clientOf.get("d1"));
        assertThat(clientOf.get("s1")).as("ТОО Береке").isEqualTo(clientOf.get("d4")).isNotEqualTo(clientOf.get("d1"));
        assertThat(clientOf.get("s3")).isNotIn(clientOf.get("d1"), clientOf.get("d4"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client").query(Long.class).single()).isEqualTo(3);

        Client stroymontazh = new Clients(jdbc).find(clientOf.get("d1")).orElseThrow();
        assertThat(stroymontazh.inn()).isEqualTo("7701234567");
        assertThat(stroymontazh.nameKey()).isEqualTo("stroymontazh");
        assertThat(stroymontazh.displayName()).isEqualTo("OOO «Stroymontazh»");
        assertThat(stroymontazh.firstSeen()).isEqualTo(OffsetDateTime.parse("2026-01-10T09:00:00Z").toInstant());
        assertThat(stroymontazh.deals()).as("deals d1, d2, d3").isEqualTo(3);
        assertThat(new Clients(jdbc).find(clientOf.get("d4")).orElseThrow().deals()).as("deals d4, d5").isEqualTo(2);
        assertThat(jdbc.sql("SELECT company_key FROM lead_rejection WHERE deal_id = 'd3'").query(String.class).single())
                .isEqualTo("name:stroymontazh");
        assertThat(jdbc.sql("SELECT client_name_key FROM nps_survey WHERE id = 's1'").query(String.class).single())
                .isEqualTo("береке");
    }

    private static Flyway flyway(DataSource database, String target) {
        return Flyway.configure().dataSource(database).target(target).cleanDisabled(true).load();
    }

    private static Map<String, Long> clientOfEachRow(JdbcClient jdbc) {
        Map<String, Long> clients = new java.util.HashMap<>();
        jdbc.sql("SELECT deal_id, client_id FROM lead_rejection").query(row -> {
            clients.put(row.getString(1), (Long) row.getObject(2, Long.class));
        });
        jdbc.sql("SELECT id, client_id FROM nps_survey").query(row -> {
            clients.put(row.getString(1), (Long) row.getObject(2, Long.class));
        });
        assertThat(clients.values()).doesNotContainNull();
        return clients;
    }

    private static void rejection(JdbcClient jdbc, String deal, String company, String taxId, String key, String day) {
        jdbc.sql("INSERT INTO lead_rejection (deal_id, company_name, company_tax_id, company_key, manager, stage, "
                        + "reason_code, rejection_comment, rejected_at) VALUES (?, ?, ?, ?, 'anna', 'coldCall', "
                        + "'NO_BUDGET', 'no budget this year', ?)")
                .params(deal, company, taxId, key, LocalDate.parse(day).atTime(9, 0).atOffset(ZoneOffset.UTC)).update();
    }

    private static void survey(JdbcClient jdbc, String id, String deal, String company, String taxId, String nameKey,
            String day) {
        jdbc.sql("INSERT INTO nps_survey (id, deal_id, client_tax_id, client_name_key, company_name, manager, "
                        + "planned_on) VALUES (?, ?, ?, ?, ?, 'anna', ?)")
                .params(id, deal, taxId, nameKey, company, LocalDate.parse(day)).update();
    }
}

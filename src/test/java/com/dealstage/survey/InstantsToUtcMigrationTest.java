package com.dealstage.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moments written before instants were stored in UTC (the server's local time, without offset) keep their
 * meaning: the migration reads them in the database session's zone, which is the zone of the JVM that wrote them
 * (H2 and pgjdbc take it from the JVM). Here a server ten hours ahead of UTC.
 */
class InstantsToUtcMigrationTest {

    private static final ZoneId SERVER = ZoneId.of("Asia/Vladivostok");

    @Test
    void localTimestampsOfActsAndAnswersBecomeTheSameInstantsWithOffset() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:utc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;TIME ZONE=" + SERVER.getId());
        database.setUser("sa");
        Flyway.configure().dataSource(database).target("3").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        LocalDateTime written = LocalDateTime.of(2026, 12, 21, 10, 30);
        jdbc.sql("insert into fulfilment_act (deal_id, act_type, act_number, signed_on, signed_by, recorded_at) "
                + "values ('d1', 'DELIVERY_NOTE', 'TN-1', date '2026-12-21', 'Ivan', ?)").param(written).update();
        jdbc.sql("insert into nps_survey (id, deal_id, client_name_key, company_name, planned_on, answered_at) "
                + "values ('s1', 'd1', 'stroymontazh', 'Stroymontazh', date '2026-12-23', ?)").param(written).update();

        Flyway.configure().dataSource(database).load().migrate();

        OffsetDateTime meant = written.atZone(SERVER).toOffsetDateTime();
        assertThat(jdbc.sql("select recorded_at from fulfilment_act").query(OffsetDateTime.class).single()
                .toInstant()).isEqualTo(meant.toInstant());
        assertThat(jdbc.sql("select answered_at from nps_survey").query(OffsetDateTime.class).single()
                .toInstant()).isEqualTo(meant.toInstant());
    }
}

package com.dealstage.survey;

import static com.dealstage.calendar.BusinessCalendar.utc;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fulfilment_act table; in the application it joins the engine's transaction through the shared DataSource. */
@Repository
class ActRecords {

    private final JdbcClient jdbc;

    ActRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String dealId, SignedAct act, Instant at) {
        jdbc.sql("""
                insert into fulfilment_act (deal_id, act_type, act_number, signed_on, signed_by, recorded_at)
                values (:deal, :type, :number, :signedOn, :signedBy, :at)""")
                .param("deal", dealId).param("type", act.type()).param("number", act.number())
                .param("signedOn", act.signedOn()).param("signedBy", act.signedBy())
                .param("at", utc(at))
                .update();
    }

    int count(String dealId) {
        return jdbc.sql("select count(*) from fulfilment_act where deal_id = :deal").param("deal", dealId)
                .query(Integer.class).single();
    }

    record SignedAct(String type, String number, LocalDate signedOn, String signedBy) {
    }
}

package com.dealstage.survey;

import com.dealstage.clients.ClientIdentity;
import static com.dealstage.calendar.BusinessCalendar.utc;

import com.dealstage.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The nps_survey table: planned surveys (for survey fatigue) and answers (for the NPS of a period). */
@Repository
class SurveyRecords {

    /** The indexed key columns keep this much of a key; longer keys are cut, as lead_rejection.company_key is. */
    static final int KEY_LENGTH = 1000;
    private final JdbcClient jdbc;
    private final BusinessCalendar calendar;

    SurveyRecords(JdbcClient jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    void planned(String surveyId, String dealId, long clientId, ClientIdentity client, String companyName,
            String manager, LocalDate plannedOn) {
        jdbc.sql("""
                insert into nps_survey (id, deal_id, client_id, client_tax_id, client_name_key, company_name, manager,
                    planned_on)
                values (:id, :deal, :clientId, :taxId, :nameKey, :company, :manager, :plannedOn)""")
                .param("id", surveyId).param("deal", dealId).param("clientId", clientId)
                .param("taxId", key(client.taxNumber())).param("nameKey", key(client.nameKey()))
                .param("company", companyName).param("manager", manager).param("plannedOn", plannedOn).update();
    }

    /** The latest survey planned for the client (clients module: one client across all its deals). */
    Optional<LocalDate> lastPlannedFor(long clientId) {
        return jdbc.sql("select planned_on from nps_survey where client_id = :clientId"
                        + " order by planned_on desc fetch first 1 rows only")
                .param("clientId", clientId).query(LocalDate.class).optional();
    }

    /** The call's day is a business day; the moment itself is stored in UTC. */
    void answered(String surveyId, int score, NpsCategory category, String comment, Instant at) {
        jdbc.sql("""
                update nps_survey set score = :score, category = :category, client_comment = :comment,
                answered_on = :answeredOn, answered_at = :answeredAt where id = :id""")
                .param("score", score).param("category", category.name()).param("comment", comment)
                .param("answeredOn", calendar.dayOf(at)).param("answeredAt", utc(at)).param("id", surveyId)
                .update();
    }

    void referrals(String surveyId, int count) {
        jdbc.sql("update nps_survey set referral_count = :count where id = :id")
                .param("count", count).param("id", surveyId).update();
    }

    private static String key(String key) {
        return key == null || key.length() <= KEY_LENGTH ? key : key.substring(0, KEY_LENGTH);
    }

    /** Answers per NPS group, for calls made from {@code from} to {@code to}, both days included. */
    Map<NpsCategory, Integer> answersBetween(LocalDate from, LocalDate to) {
        Map<NpsCategory, Integer> counts = new EnumMap<>(NpsCategory.class);
        jdbc.sql("""
                select category, count(*) as answers from nps_survey
                where answered_on >= :from and answered_on <= :to group by category""")
                .param("from", from).param("to", to)
                .query((rs, row) -> Map.entry(NpsCategory.valueOf(rs.getString("category")), rs.getInt("answers")))
                .list().forEach(answers -> counts.put(answers.getKey(), answers.getValue()));
        return counts;
    }

    /** Referrals clients named in the calls made from {@code from} to {@code to}, per manager of the surveyed deal. */
    Map<String, Long> referralsBetween(LocalDate from, LocalDate to) {
        Map<String, Long> referrals = new java.util.TreeMap<>();
        jdbc.sql("""
                select manager, sum(referral_count) as referrals from nps_survey
                where answered_on >= :from and answered_on <= :to and manager is not null
                  and referral_count is not null group by manager""")
                .param("from", from).param("to", to)
                .query((rs, row) -> Map.entry(rs.getString("manager"), rs.getLong("referrals")))
                .list().forEach(count -> referrals.put(count.getKey(), count.getValue()));
        return referrals;
    }
}

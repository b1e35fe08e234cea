package com.dealstage.recontact;

import static com.dealstage.calendar.BusinessCalendar.utc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every rejection (table lead_rejection, migration V1__rejections.sql). Written through the
 * Spring transaction the engine runs in, so a completion that rolls back leaves no row behind. Refusals are counted
 * per client (client_id, the clients module's one identity); company_key keeps the identity's key for reading.
 */
@Repository
class Rejections {

    private final JdbcClient jdbc;

    Rejections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int refusalsOf(long clientId) {
        return jdbc.sql("SELECT COUNT(*) FROM lead_rejection WHERE client_id = ?").param(clientId)
                .query(Integer.class).single();
    }

    void record(LeadRejected rejection, long clientId) {
        jdbc.sql("""
                INSERT INTO lead_rejection (deal_id, client_id, company_name, company_tax_id, company_key, manager,
                    stage, reason_code, rejection_comment, rejected_at, recontact_due, recontact_action)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(rejection.dealId(), clientId, fit(rejection.companyName(), 4000), fit(rejection.companyTaxId(), 4000),
                        fit(rejection.companyKey(), 1005), fit(rejection.manager(), 255), rejection.stage(),
                        rejection.reasonCode(), fit(rejection.comment(), 4000), utc(rejection.rejectedAt()),
                        utc(rejection.recontactDue()), fit(rejection.recontactAction(), 1000))
                .update();
    }

    RejectionSummary summary() {
        return new RejectionSummary(
                jdbc.sql("SELECT COUNT(*) FROM lead_rejection").query(Long.class).single(),
                jdbc.sql("SELECT COUNT(*) FROM lead_rejection WHERE recontact_due IS NOT NULL").query(Long.class).single(),
                countsBy("reason_code"), countsBy("manager"));
    }

    /** {@code column} is one of our own column names, never user input. */
    private Map<String, Long> countsBy(String column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT COALESCE(" + column + ", '(none)') AS k, COUNT(*) AS n FROM lead_rejection GROUP BY "
                + column + " ORDER BY k")
                .query(rs -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                });
        return counts;
    }

    /** Free text is cut to its column: a rejection must not fail because a manager wrote a long comment. */
    private static String fit(String text, int columnLength) {
        return text == null || text.length() <= columnLength ? text : text.substring(0, columnLength);
    }
}

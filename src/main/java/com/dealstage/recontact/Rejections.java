package com.dealstage.recontact;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every rejection (table lead_rejection, migration V1__rejections.sql). Written through the
 * Spring transaction the engine runs in, so a completion that rolls back leaves no row behind.
 */
@Repository
class Rejections {

    private final JdbcClient jdbc;

    Rejections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Earlier refusals of the same client: the same tax number when both rejections carry one, otherwise the same
     * normalized company name (README, "Clients"), so a deal recorded once with and once without its tax number
     * counts as one company.
     */
    int refusalsOf(Object taxId, Object companyName) {
        String taxKey = CompanyKey.of(taxId, null);
        String nameKey = CompanyKey.of(null, companyName);
        if (taxKey.startsWith("tax:")) {
            return jdbc.sql("SELECT COUNT(*) FROM lead_rejection WHERE company_key IN (?, ?)").params(taxKey, nameKey)
                    .query(Integer.class).single();
        }
        int withoutTaxNumber = jdbc.sql("SELECT COUNT(*) FROM lead_rejection WHERE company_key = ?").param(nameKey)
                .query(Integer.class).single();
        // rows with a tax number keep the raw name: normalized here, as the key of a name is computed in Java
        long withTaxNumber = jdbc.sql("SELECT company_name FROM lead_rejection WHERE company_key LIKE 'tax:%'")
                .query(String.class).list().stream().filter(name -> CompanyKey.of(null, name).equals(nameKey)).count();
        return withoutTaxNumber + (int) withTaxNumber;
    }

    void record(LeadRejected rejection) {
        jdbc.sql("""
                INSERT INTO lead_rejection (deal_id, company_name, company_tax_id, company_key, manager, stage,
                    reason_code, rejection_comment, rejected_at, recontact_due, recontact_action)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(rejection.dealId(), fit(rejection.companyName(), 1000), fit(rejection.companyTaxId(), 255),
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

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

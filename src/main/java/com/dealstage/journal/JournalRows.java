package com.dealstage.journal;

import static com.dealstage.calendar.BusinessCalendar.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stage_journal table (migration V11__stage_journal.sql). */
final class JournalRows {

    private static final String COLUMNS = "deal_id, process_instance_id, process_key, stage, client_id, company_name, "
            + "manager, entered_at, left_at, left_as, outcome, rejection_reason, amount";
    /** A new row of a stage visit; parameters from {@link #insertValues}. */
    static final String INSERT = "INSERT INTO stage_journal (activity_instance_id, " + COLUMNS
            + ", source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Closes the open row of a stage visit; parameters from {@link #leaveValues}. */
    static final String LEAVE = """
            UPDATE stage_journal SET left_at = ?, left_as = ?, outcome = ?, rejection_reason = ?, amount = ?,
                client_id = ?, company_name = ?, manager = ?, source = COALESCE(?, source)
            WHERE activity_instance_id = ? AND left_at IS NULL""";

    private final JdbcClient jdbc;

    JournalRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param source the deal's lead source (COLD_LIST, REFERRAL, REPEAT, ...), for the after-sales figures */
    void insert(String activityInstanceId, StageVisit visit, String source) {
        jdbc.sql(INSERT).params(insertValues(activityInstanceId, visit, source)).update();
    }

    static Object[] insertValues(String activityInstanceId, StageVisit visit, String source) {
        return new Object[] {activityInstanceId, visit.dealId(), visit.processInstanceId(), visit.processKey(),
                visit.stage(), visit.clientId(), visit.companyName(), visit.manager(), utc(visit.enteredAt()),
                utc(visit.leftAt()), visit.leftAs(), visit.outcome(), visit.rejectionReason(), visit.amount(), source};
    }

    static Object[] leaveValues(String activityInstanceId, DealFacts facts, Instant leftAt, String leftAs) {
        return new Object[] {utc(leftAt), leftAs, facts.outcome(), facts.rejectionReason(), facts.amount(),
                facts.clientId(), facts.companyName(), facts.manager(), facts.source(), activityInstanceId};
    }

    Set<String> activityInstancesOf(String processInstanceId) {
        return new HashSet<>(jdbc.sql("SELECT activity_instance_id FROM stage_journal WHERE process_instance_id = ?")
                .param(processInstanceId).query(String.class).list());
    }

    List<StageVisit> ofDeal(String dealId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stage_journal WHERE deal_id = ? ORDER BY entered_at, id")
                .param(dealId).query(JournalRows::visit).list();
    }

    private static StageVisit visit(ResultSet row, int number) throws SQLException {
        return new StageVisit(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), instant(row, 8), instant(row, 9),
                row.getString(10), row.getString(11), row.getString(12), row.getObject(13, BigDecimal.class));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

package com.dealstage.clients;

import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Brings the rows written before the client table existed onto it (Flyway migration V7): every lead_rejection and
 * nps_survey row gets the client the one normalizer finds for it, oldest row first (so a client's first seen is its
 * oldest record), and each deal of those rows is linked to its client. Rows are updated, never deleted or merged.
 */
public final class ExistingRecords {

    /** Columns of V1/V2 that held the earlier, disagreeing keys; they now hold the one normalizer's keys. */
    private static final int NAME_KEY_COLUMN = 255;

    private ExistingRecords() {
    }

    public static void bringOntoClients(JdbcClient jdbc) {
        Clients clients = new Clients(jdbc);
        List<Row> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("SELECT id, deal_id, company_tax_id, company_name, rejected_at FROM lead_rejection")
                .query((rs, n) -> new Row(true, rs.getLong(1), null, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant())).list());
        rows.addAll(jdbc.sql("SELECT id, deal_id, client_tax_id, company_name, planned_on FROM nps_survey")
                .query((rs, n) -> new Row(false, 0, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), startOf(rs.getDate(5)))).list());
        rows.sort(Comparator.comparing(Row::seen));
        for (Row row : rows) {
            ClientIdentity identity = ClientIdentity.of(row.taxId(), row.companyName());
            Client client = clients.attachDeal(row.dealId(), identity, row.companyName(), row.seen());
            if (row.rejection()) {
                jdbc.sql("UPDATE lead_rejection SET client_id = ?, company_key = ? WHERE id = ?")
                        .params(client.id(), identity.key(), row.rejectionId()).update();
            } else {
                String nameKey = identity.nameKey();
                jdbc.sql("UPDATE nps_survey SET client_id = ?, client_name_key = ? WHERE id = ?")
                        .params(client.id(), nameKey.length() > NAME_KEY_COLUMN ? nameKey.substring(0, NAME_KEY_COLUMN)
                                : nameKey, row.surveyId()).update();
            }
        }
    }

    private static Instant startOf(Date day) {
        return day.toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private record Row(boolean rejection, long rejectionId, String surveyId, String dealId, String taxId,
            String companyName, Instant seen) {
    }
}

package com.dealstage.clients;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Clients page by page for GET /api/clients, filtered by a name or tax number and by the blacklist. */
@Repository
class ClientList {

    private final JdbcClient jdbc;

    ClientList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param search part of the name (normalized like every name) or a tax number; null for all */
    ClientPage page(String search, Boolean blacklisted, int page, int size) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (search != null && !search.isBlank()) {
            String digits = TaxNumbers.stripped(search);
            conditions.add("(c.name_key LIKE ? OR c.inn = ?)");
            params.add("%" + ClientIdentity.normalizedName(search).replace("%", "").replace("_", "") + "%");
            params.add(digits);
        }
        if (blacklisted != null) {
            conditions.add("c.blacklisted = ?");
            params.add(blacklisted);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM client c" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add((long) page * size);
        paged.add(size);
        List<Client> clients = jdbc.sql("SELECT " + ClientRecords.COLUMNS + " FROM client c" + where
                        + " ORDER BY c.name_key, c.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(paged).query(ClientRecords::client).list();
        return new ClientPage(clients, page, size, total);
    }

    record ClientPage(List<Client> clients, int page, int size, long total) {
    }
}

package com.dealstage.imports;

import com.dealstage.clients.Blacklist;
import com.dealstage.clients.Client;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * A blacklist as a spreadsheet: each line names a company by tax number or name, with a reason (or the request's),
 * and is blacklisted on its own (its planned calls put on hold with it), or taken off it; a wrong line is reported
 * with its number and field and does not stop the others.
 */
@Component
class BlacklistList {

    private final Blacklist blacklist;
    private final ImportsProperties properties;

    BlacklistList(Blacklist blacklist, ImportsProperties properties) {
        this.blacklist = blacklist;
        this.properties = properties;
    }

    /**
     * @param defaultReason the reason of lines that give none (may be null: then each line must give one)
     * @param lift          take the lines' companies off the blacklist instead (no reason needed)
     */
    Result apply(InputStream upload, String charset, Map<String, String> mapping, String defaultReason, boolean lift,
            String user) throws IOException {
        List<Added> added = new ArrayList<>();
        List<LineRefused> refused = new ArrayList<>();
        try (SpooledList list = SpooledList.spool(upload, properties.maxSize().toBytes()).read(charset);
             ListReader reader = list.records()) {
            ListColumns columns = ListColumns.forBlacklist(list.header(), mapping);
            reader.next();
            for (ListReader.Record record; (record = reader.next()) != null;) {
                if (record.broken() != null) {
                    refused.add(new LineRefused(record.line(), null, record.broken()));
                    continue;
                }
                Map<String, String> values = columns.values(record.cells());
                try {
                    Instant now = ClockUtil.getCurrentTime().toInstant();
                    Client client = lift ? blacklist.lift(values.get("companyTaxId"), values.get("companyName"), user,
                            now).orElse(null) : blacklist.add(values.get("companyTaxId"), values.get("companyName"),
                            Blacklist.checkedReason(values.getOrDefault("reason", defaultReason)), user, now);
                    if (client == null) {
                        refused.add(new LineRefused(record.line(), null, "No client is known by this tax number or "
                                + "name."));
                    } else {
                        added.add(new Added(record.line(), client.id(), client.displayName()));
                    }
                } catch (ErrorResponseException wrong) {
                    String detail = wrong.getBody().getDetail();
                    refused.add(new LineRefused(record.line(), fieldOf(detail), detail));
                }
            }
        }
        return new Result(added.size(), refused.size(), added, refused);
    }

    private static String fieldOf(String detail) {
        if (detail == null) {
            return null;
        }
        return detail.contains("'reason'") ? "reason" : detail.contains("companyTaxId") || detail.contains("INN")
                ? "companyTaxId" : "companyName";
    }

    record Added(long line, long clientId, String displayName) {
    }

    record LineRefused(long line, String field, String message) {
    }

    /** @param added the lines done (blacklisted, or taken off the list) */
    record Result(int added, int refused, List<Added> clients, List<LineRefused> lines) {
    }
}

package com.dealstage.stagegate;

import com.dealstage.rules.RuleEngine;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one audited way to change a passed stage's data: the change and its audit rows (table stage_correction)
 * commit together or not at all.
 */
@Service
class Corrections {

    private final ProcessEngine engine;
    private final StageFields fields;
    private final RuleEngine rules;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    Corrections(ProcessEngine engine, StageFields fields, RuleEngine rules, JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.engine = engine;
        this.fields = fields;
        this.rules = rules;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    List<Correction> correct(String dealId, CorrectionRequest request, String user) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return transaction.execute(status -> {
            List<Correction> corrections = configuration.getCommandExecutorTxRequired()
                    .execute(new CorrectStageData(dealId, request, user, fields, rules));
            corrections.forEach(this::record);
            return corrections;
        });
    }

    List<Correction> of(String dealId) {
        return jdbc.sql("""
                SELECT deal_id, stage, field, old_value, new_value, reason, corrected_by, corrected_at
                FROM stage_correction WHERE deal_id = ? ORDER BY id""").param(dealId)
                .query((row, n) -> new Correction(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                        row.getObject(8, java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    private void record(Correction correction) {
        jdbc.sql("""
                INSERT INTO stage_correction (deal_id, stage, field, old_value, new_value, reason, corrected_by,
                    corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(correction.dealId(), correction.stage(), correction.field(), correction.oldValue(),
                        correction.newValue(), correction.reason(), correction.correctedBy(),
                        correction.correctedAt().atOffset(ZoneOffset.UTC))
                .update();
    }
}

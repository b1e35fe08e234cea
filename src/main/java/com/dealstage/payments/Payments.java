package com.dealstage.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a payment and completes the deal's payment stage with it, in one transaction: the stage gate judges the
 * values as it judges a manager's, and a refusal leaves no record. The payment document is the key: a repeat of the
 * same report answers the first result, a report that reuses the document for something else is a conflict.
 * The completion runs past the accounting user's Camunda rights (he holds none on tasks, so that /engine-rest gives
 * him nothing), but is recorded in the engine's history as his.
 */
@Service
class Payments {

    static final String PROCESS_KEY = "deal-pipeline";
    static final String PAYMENT_STAGE = "payment";
    static final String CONTRACT_NUMBER = "contractNumber";

    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    Payments(ProcessEngine engine, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** @return the result and whether this call recorded it (false: a repeat of an earlier report) */
    Map.Entry<PaymentRecorded, Boolean> record(PaymentReport report, String user) {
        Optional<PaymentRecorded> earlier = find(report.paymentDocument());
        if (earlier.isPresent()) {
            return Map.entry(same(earlier.get(), report), false);
        }
        try {
            return Map.entry(transaction.execute(status -> complete(report, user)), true);
        } catch (DuplicateKeyException meanwhile) {
            // the same document recorded meanwhile (its key), or the deal's payment completed by another report
            Optional<PaymentRecorded> recorded = find(report.paymentDocument());
            if (recorded.isEmpty()) {
                throw new PaymentRefused(HttpStatus.CONFLICT, "The payment of the deal with contract "
                        + report.contractNumber() + " was recorded by another report at the same moment.");
            }
            return Map.entry(same(recorded.get(), report), false);
        }
    }

    private PaymentRecorded complete(PaymentReport report, String user) {
        String dealId = dealOf(report.contractNumber());
        Instant now = ClockUtil.getCurrentTime().toInstant();
        // first the key, before looking at the stage: a concurrent report of the same document waits here until
        // this one commits, then finds it (200) instead of a payment stage that is gone
        jdbc.sql("INSERT INTO accounting_payment (payment_document, contract_number, amount, paid_on, deal_id, "
                        + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(report.paymentDocument(), report.contractNumber(), report.amount(), report.date(), dealId,
                        user, now.atOffset(ZoneOffset.UTC))
                .update();
        Task payment = unrestricted(() -> engine.getTaskService().createTaskQuery().processInstanceId(dealId)
                .taskDefinitionKey(PAYMENT_STAGE).singleResult());
        if (payment == null) {
            throw notWaiting(report, dealId);
        }
        try {
            unrestricted(() -> {
                engine.getTaskService().complete(payment.getId(), Map.of("outcome", "PAID",
                        "paymentDate", report.date().toString(), "amountPaid", number(report.amount()),
                        "paymentDocument", report.paymentDocument()));
                return null;
            });
        } catch (NullValueException taskGone) {
            // Camunda's "Cannot find task": another report completed it between our query and our completion
            // (seen in CI as a 404); any other missing value is not ours to reword
            if (unrestricted(() -> engine.getTaskService().createTaskQuery().taskId(payment.getId()).count()) == 0) {
                throw notWaiting(report, dealId);
            }
            throw taskGone;
        }
        return new PaymentRecorded(report.paymentDocument(), report.contractNumber(), report.amount(), report.date(),
                dealId, user, now);
    }

    private static PaymentRefused notWaiting(PaymentReport report, String dealId) {
        return new PaymentRefused(HttpStatus.CONFLICT, "The deal with contract " + report.contractNumber() + " ("
                + dealId + ") is not waiting for its payment: it is paid already or not yet contracted.");
    }

    private String dealOf(String contractNumber) {
        List<ProcessInstance> deals = unrestricted(() -> engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY).variableValueEquals(CONTRACT_NUMBER, contractNumber).list());
        if (deals.isEmpty()) {
            throw new PaymentRefused(HttpStatus.NOT_FOUND, "No open deal has contract number " + contractNumber + ".");
        }
        if (deals.size() > 1) {
            throw new PaymentRefused(HttpStatus.CONFLICT, "Several open deals have contract number " + contractNumber
                    + " (" + deals.stream().map(ProcessInstance::getId).toList() + "): a head of sales must correct "
                    + "the contract numbers first.");
        }
        return deals.get(0).getId();
    }

    /** A deal's values are plain numbers (the gate refuses serialized Java objects such as BigDecimal). */
    private static Number number(java.math.BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? amount.longValueExact() : amount.doubleValue();
    }

    private static PaymentRecorded same(PaymentRecorded earlier, PaymentReport report) {
        if (!earlier.sameAs(report)) {
            throw new PaymentRefused(HttpStatus.CONFLICT, "Payment document " + report.paymentDocument()
                    + " was recorded for contract " + earlier.contractNumber() + ", amount " + earlier.amount()
                    + ", paid on " + earlier.date() + ": a payment document proves one payment.");
        }
        return earlier;
    }

    private Optional<PaymentRecorded> find(String document) {
        return jdbc.sql("SELECT * FROM accounting_payment WHERE payment_document = ?").param(document)
                .query(Payments::recorded).optional();
    }

    private static PaymentRecorded recorded(ResultSet row, int n) throws SQLException {
        return new PaymentRecorded(row.getString("payment_document"), row.getString("contract_number"),
                row.getBigDecimal("amount"), row.getObject("paid_on", LocalDate.class), row.getString("deal_id"),
                row.getString("recorded_by"), row.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }

    private <T> T unrestricted(java.util.concurrent.Callable<T> work) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(command -> command.runWithoutAuthorization(work));
    }
}

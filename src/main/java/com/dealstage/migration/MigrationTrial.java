package com.dealstage.migration;

import com.dealstage.deal.DealPipeline;
import com.dealstage.stagegate.StageGateViolation;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dry run of one deal: Camunda validates a migrating instance only while migrating it, so the deal is really
 * migrated inside a transaction of its own that is always rolled back. That way the report also meets what only the
 * real run would: the stage gate's entry rules at the stage the deal lands on (engine-level, see stagegate/).
 */
@Component
class MigrationTrial {

    private final RuntimeService runtime;
    private final TransactionTemplate rolledBack;

    MigrationTrial(RuntimeService runtime, PlatformTransactionManager transactions) {
        this.runtime = runtime;
        this.rolledBack = new TransactionTemplate(transactions);
        this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    DryRunReport.DealProblems problems(MigrationPlan plan, ProcessInstance deal) {
        List<String> waitingAt = runtime.getActiveActivityIds(deal.getId());
        Object company = runtime.getVariable(deal.getId(), DealPipeline.COMPANY_NAME);
        return new DryRunReport.DealProblems(deal.getId(), company == null ? null : String.valueOf(company), waitingAt,
                tryMigrating(plan, deal.getId()));
    }

    private List<String> tryMigrating(MigrationPlan plan, String dealId) {
        try {
            rolledBack.executeWithoutResult(status -> {
                status.setRollbackOnly();
                runtime.newMigration(plan).processInstanceIds(dealId).execute();
            });
            return List.of();
        } catch (MigratingProcessInstanceValidationException invalid) {
            return ValidationSentences.of(invalid.getValidationReport());
        } catch (ProcessEngineException refused) {
            StageGateViolation violation = StageGateViolation.findIn(refused);
            return List.of(violation != null ? violation.getMessage() : refused.getMessage());
        }
    }
}

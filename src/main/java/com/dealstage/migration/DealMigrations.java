package com.dealstage.migration;

import com.dealstage.deal.DealPipeline;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Moves running deals between versions of deal-pipeline with Camunda's migration API. The plan maps activities with
 * equal ids (stage keys are ids, so a stage keeps its place) and updates changed timers; whatever it cannot map is
 * reported, not guessed.
 */
@Service
class DealMigrations {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final MigrationTrial trial;

    DealMigrations(RepositoryService repository, RuntimeService runtime, MigrationTrial trial) {
        this.repository = repository;
        this.runtime = runtime;
        this.trial = trial;
    }

    DryRunReport dryRun(MigrationRequest request) {
        ProcessDefinition source = version(request.from(), "from");
        ProcessDefinition target = version(request.to(), "to");
        List<ProcessInstance> deals = deals(source, request.deals());
        MigrationPlan plan;
        try {
            plan = plan(source, target, request.mappingsOrNone());
        } catch (MigrationPlanValidationException invalid) {
            return new DryRunReport(request.from(), request.to(), deals.size(), 0,
                    ValidationSentences.of(invalid.getValidationReport()), List.of());
        }
        List<DryRunReport.DealProblems> cannotMove = deals.stream().map(deal -> trial.problems(plan, deal))
                .filter(problems -> !problems.problems().isEmpty()).toList();
        return new DryRunReport(request.from(), request.to(), deals.size(), deals.size() - cannotMove.size(),
                List.of(), cannotMove);
    }

    MigrationStarted start(MigrationRequest request) {
        ProcessDefinition source = version(request.from(), "from");
        ProcessDefinition target = version(request.to(), "to");
        List<String> ids = deals(source, request.deals()).stream().map(ProcessInstance::getId).toList();
        if (ids.isEmpty()) {
            throw MigrationRefused.conflict("No running deal is on version " + request.from() + " of "
                    + DealPipeline.PROCESS_KEY + ": nothing to move.");
        }
        MigrationPlan plan;
        try {
            plan = plan(source, target, request.mappingsOrNone());
        } catch (MigrationPlanValidationException invalid) {
            throw MigrationRefused.unprocessable("The migration plan from version " + request.from() + " to "
                    + request.to() + " is not valid: " + String.join("; ", ValidationSentences.of(invalid.getValidationReport())));
        }
        Batch batch = runtime.newMigration(plan).processInstanceIds(ids).executeAsync();
        return new MigrationStarted(batch.getId(), request.from(), request.to(), ids.size(),
                "/api/processes/" + DealPipeline.PROCESS_KEY + "/migrations/" + batch.getId());
    }

    /** Equal ids map to each other and keep changed timers up to date; a requested mapping replaces its equal one. */
    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target, List<MigrationRequest.Mapping> mappings) {
        MigrationPlan equal = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities()
                .updateEventTriggers().build();
        if (mappings.isEmpty()) {
            return equal;
        }
        Set<String> remapped = mappings.stream().map(MigrationRequest.Mapping::from).collect(Collectors.toSet());
        MigrationPlanBuilder plan = runtime.createMigrationPlan(source.getId(), target.getId());
        for (MigrationInstruction instruction : equal.getInstructions()) {
            if (!remapped.contains(instruction.getSourceActivityId())) {
                MigrationInstructionBuilder mapped = plan.mapActivities(instruction.getSourceActivityId(),
                        instruction.getTargetActivityId());
                plan = instruction.isUpdateEventTrigger() ? mapped.updateEventTrigger() : mapped;
            }
        }
        for (MigrationRequest.Mapping mapping : mappings) {
            plan = plan.mapActivities(mapping.from(), mapping.to());
        }
        return plan.build();
    }

    private ProcessDefinition version(int version, String field) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(DealPipeline.PROCESS_KEY).processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw MigrationRefused.notFound(field, "There is no version " + version + " of " + DealPipeline.PROCESS_KEY
                    + " (latest: " + latestVersion() + ").");
        }
        return definition;
    }

    private String latestVersion() {
        ProcessDefinition latest = repository.createProcessDefinitionQuery()
                .processDefinitionKey(DealPipeline.PROCESS_KEY).latestVersion().singleResult();
        return latest == null ? "none deployed" : String.valueOf(latest.getVersion());
    }

    /** The running deals on the source version, or those named, each of which must be one of them. */
    private List<ProcessInstance> deals(ProcessDefinition source, List<String> named) {
        List<ProcessInstance> onSource = runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
                .orderByProcessInstanceId().asc().list();
        if (named == null || named.isEmpty()) {
            return onSource;
        }
        for (String id : named) {
            if (onSource.stream().noneMatch(deal -> deal.getId().equals(id))) {
                if (runtime.createProcessInstanceQuery().processInstanceId(id).count() == 0) {
                    throw MigrationRefused.notFound("deals", "There is no running deal '" + id + "'.");
                }
                throw MigrationRefused.conflict("Deal '" + id + "' is not on version " + source.getVersion() + " of "
                        + DealPipeline.PROCESS_KEY + ".");
            }
        }
        return onSource.stream().filter(deal -> named.contains(deal.getId())).toList();
    }
}

package com.dealstage.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the engine in line with processes/: a file whose content differs from the latest deployed resource of its
 * name (whoever deployed that) is deployed; identical content never becomes a new version. A file the engine refuses
 * is left out, so its previous version stays and the other changed files still go live. Comparing and deploying
 * happen under a database lock, so nodes that see the same change make one version of it, not one each.
 */
final class ProcessFolderSync {

    /** What one pass did. */
    record Result(List<ProcessFileVersion> deployed, List<ProcessRefusal> refused, int files) {
    }

    private final RepositoryService repository;
    private final LatestResources latest;
    private final TransactionTemplate transactions;

    ProcessFolderSync(RepositoryService repository, LatestResources latest, TransactionTemplate transactions) {
        this.repository = repository;
        this.latest = latest;
        this.transactions = transactions;
    }

    Result sync(Path folder) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (Path file : ProcessFolderDeployer.deployableFiles(folder)) {
            contents.put(ProcessFolderDeployer.resourceName(folder, file), read(file));
        }
        if (contents.isEmpty()) {
            throw new IllegalStateException("No BPMN or form files found in process folder " + folder.toAbsolutePath());
        }
        try {
            return new Result(deployChanged(contents), List.of(), contents.size());
        }
        catch (RuntimeException refused) {
            // one file at a time, to learn which the engine refuses; every other changed file still goes live
            List<ProcessFileVersion> deployed = new ArrayList<>();
            List<ProcessRefusal> refusals = new ArrayList<>();
            contents.forEach((name, content) -> {
                try {
                    deployed.addAll(deployChanged(Map.of(name, content)));
                }
                catch (RuntimeException ex) {
                    refusals.addAll(refusals(name, ex));
                }
            });
            return new Result(deployed, refusals, contents.size());
        }
    }

    private List<ProcessFileVersion> deployChanged(Map<String, byte[]> contents) {
        return transactions.execute(tx -> {
            latest.lockFolder();
            DeploymentBuilder builder = repository.createDeployment().name(ProcessFolderDeployer.DEPLOYMENT_NAME)
                    .source("processes");
            List<String> changed = new ArrayList<>();
            contents.forEach((name, content) -> {
                if (!latest.content(name).map(deployed -> Arrays.equals(deployed, content)).orElse(false)) {
                    builder.addInputStream(name, new ByteArrayInputStream(content));
                    changed.add(name);
                }
            });
            return changed.isEmpty() ? List.<ProcessFileVersion>of() : describe(builder.deployWithResult(), changed);
        });
    }

    private List<ProcessFileVersion> describe(DeploymentWithDefinitions deployment, List<String> changed) {
        Instant at = deployment.getDeploymentTime().toInstant();
        List<ProcessFileVersion> versions = new ArrayList<>();
        // null, not empty, when the deployment holds forms only
        Optional.ofNullable(deployment.getDeployedProcessDefinitions()).orElse(List.of()).forEach(definition ->
                versions.add(new ProcessFileVersion(definition.getResourceName(), definition.getKey(),
                        definition.getVersion(), deployment.getId(), at, true)));
        latest.formsIn(deployment.getId()).forEach(form -> versions.add(new ProcessFileVersion(form.resourceName(),
                form.key(), form.version(), deployment.getId(), at, true)));
        changed.stream().filter(name -> versions.stream().noneMatch(v -> v.file().equals(name)))
                .forEach(name -> versions.add(new ProcessFileVersion(name, null, 0, deployment.getId(), at, true)));
        return versions;
    }

    /** The engine's own problems (message, line, element id) when it gives them, else its message. */
    static List<ProcessRefusal> refusals(String file, RuntimeException ex) {
        List<ProcessRefusal> refusals = new ArrayList<>();
        if (ex instanceof ParseException parse && parse.getResorceReports() != null) {
            for (ResourceReport report : parse.getResorceReports()) {
                for (Problem problem : report.getErrors()) {
                    refusals.add(new ProcessRefusal(report.getResourceName() == null ? file : report.getResourceName(),
                            problem.getMainElementId(), Math.max(problem.getLine(), 0), problem.getMessage()));
                }
            }
        }
        if (refusals.isEmpty()) {
            refusals.add(new ProcessRefusal(file, null, 0, String.valueOf(ex.getMessage())));
        }
        return refusals;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file, ex);
        }
    }
}

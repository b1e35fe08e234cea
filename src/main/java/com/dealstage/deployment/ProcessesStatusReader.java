package com.dealstage.deployment;

import com.dealstage.rules.RuleEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Builds the processes status from the repository when asked, so that every node of a cluster answers the same
 * versions whichever node (or Modeler) deployed them.
 */
final class ProcessesStatusReader {

    private final RepositoryService repository;
    private final LatestResources latest;
    private final ProcessFolderState state;
    private final RuleEngine ruleEngine;
    private final Path folder;

    ProcessesStatusReader(RepositoryService repository, LatestResources latest, ProcessFolderState state,
            RuleEngine ruleEngine, Path folder) {
        this.repository = repository;
        this.latest = latest;
        this.state = state;
        this.ruleEngine = ruleEngine;
        this.folder = folder;
    }

    /** Refused files or rules that disagree with the diagrams. */
    boolean degraded() {
        return !state.refused().isEmpty() || !ruleEngine.status().warnings().isEmpty();
    }

    ProcessesStatus status() {
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
        List<ProcessFileVersion> files = new ArrayList<>();
        for (Path file : filesOrNone()) {
            String name = ProcessFolderDeployer.resourceName(folder, file);
            Boolean upToDate = upToDate(name, file);
            List<ProcessFileVersion> of = new ArrayList<>();
            definitions.stream().filter(definition -> name.equals(definition.getResourceName()))
                    .forEach(definition -> of.add(new ProcessFileVersion(name, definition.getKey(),
                            definition.getVersion(), definition.getDeploymentId(), null, upToDate)));
            latest.formsOf(name).stream().findFirst().ifPresent(form -> of.add(new ProcessFileVersion(name, form.key(),
                    form.version(), form.deploymentId(), null, upToDate)));
            files.addAll(of.isEmpty() ? List.of(new ProcessFileVersion(name, null, 0, null, null, upToDate)) : of);
        }
        return new ProcessesStatus(degraded() ? ProcessesStatus.DEGRADED : ProcessesStatus.OK, state.checkedAt(), files,
                state.recent(), state.refused(), ruleEngine.status().warnings());
    }

    private Boolean upToDate(String name, Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            return latest.content(name).map(deployed -> Arrays.equals(deployed, content)).orElse(false);
        }
        catch (IOException ex) {
            return null; // unknown: the file went away while reading
        }
    }

    private List<Path> filesOrNone() {
        try {
            return ProcessFolderDeployer.deployableFiles(folder);
        }
        catch (RuntimeException ex) {
            return List.of(); // the refusal of the folder is in state.refused()
        }
    }
}

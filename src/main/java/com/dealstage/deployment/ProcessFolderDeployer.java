package com.dealstage.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys a folder the way Camunda Run does: resource names relative to the folder and
 * "deploy changed only", so a restart with unchanged files creates no new version and a changed
 * file creates a new version of that file alone. Running instances keep the version they started on.
 */
public final class ProcessFolderDeployer {

    public static final String DEPLOYMENT_NAME = "dealstage-processes";
    private static final Logger log = LoggerFactory.getLogger(ProcessFolderDeployer.class);
    /** What a deployment may hold (see DeploymentGuard); other files in the folder are not the engine's. */
    private static final List<String> SUFFIXES = List.of(".bpmn", ".bpmn20.xml", ".form");

    private final RepositoryService repositoryService;

    public ProcessFolderDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** @return the new deployment, or empty when nothing changed since the last one */
    public Optional<Deployment> deploy(Path folder) {
        List<Path> files = deployableFiles(folder);
        if (files.isEmpty()) {
            throw new IllegalStateException("No BPMN or form files found in process folder " + folder.toAbsolutePath());
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("processes")
                .enableDuplicateFiltering(true);
        files.forEach(file -> builder.addInputStream(resourceName(folder, file), read(file)));
        long before = deploymentCount();
        Deployment deployment = builder.deployWithResult();
        boolean created = deploymentCount() > before;
        log.info("Process folder {}: {} files, {}", folder.toAbsolutePath(), files.size(),
                created ? "deployed as " + deployment.getId() : "unchanged, nothing deployed");
        return created ? Optional.of(deployment) : Optional.empty();
    }

    private long deploymentCount() {
        return repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
    }

    static List<Path> deployableFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("Process folder " + folder.toAbsolutePath() + " does not exist");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(folder.relativize(file)))
                    .filter(file -> SUFFIXES.stream().anyMatch(file.getFileName().toString()::endsWith))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read process folder " + folder.toAbsolutePath(), e);
        }
    }

    /** Modeler keeps element templates in .camunda/: they are for the editor, not the engine. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String resourceName(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static InputStream read(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}

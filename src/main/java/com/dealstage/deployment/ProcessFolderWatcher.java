package com.dealstage.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Deploys processes/ again when a diagram or form is added, changed or removed, as rules/RuleFileWatcher reloads the
 * rules: polling (inotify misses bind mounts and network shares), and only once the files have been quiet for one
 * interval, so that Modeler's burst of writes makes one version. It also notices deployments made elsewhere
 * (Modeler, another node) and checks the rules against them.
 */
class ProcessFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessFolderWatcher.class);

    private final ProcessFolderDeployment deployment;
    private final Path folder;
    private final Duration interval;
    private final LongSupplier deploymentCount;
    private final Runnable recheck;
    private Map<String, Stamp> applied;
    private Map<String, Stamp> pending;
    private long deployments;
    private ScheduledExecutorService executor;

    ProcessFolderWatcher(ProcessFolderDeployment deployment, Path folder, Duration interval,
            LongSupplier deploymentCount, Runnable recheck) {
        this.deployment = deployment;
        this.folder = folder;
        this.interval = interval;
        this.deploymentCount = deploymentCount;
        this.recheck = recheck;
        this.applied = stamps();
        this.deployments = deploymentCount.getAsLong();
    }

    @Override
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative() || isRunning()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "processes-watcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    void poll() {
        try {
            Map<String, Stamp> current = stamps();
            if (current.equals(applied)) {
                pending = null;
            }
            else if (current.equals(pending)) {
                log.info("Process files changed in {}, deploying the changes", folder.toAbsolutePath());
                deployment.redeploy();
                applied = current;
                pending = null;
            }
            else {
                pending = current;
            }
            long count = deploymentCount.getAsLong();
            if (count != deployments) {
                deployments = count;
                recheck.run();
            }
        }
        catch (RuntimeException ex) {
            // the watcher must survive anything, or live diagrams silently stop for good
            log.warn("Processes watcher could not check {}: {}", folder, ex.toString());
        }
    }

    private Map<String, Stamp> stamps() {
        Map<String, Stamp> stamps = new HashMap<>();
        List<Path> files;
        try {
            files = ProcessFolderDeployer.deployableFiles(folder);
        }
        catch (RuntimeException ex) {
            return stamps; // folder gone: a change like any other, the pass reports it
        }
        for (Path file : files) {
            try {
                stamps.put(ProcessFolderDeployer.resourceName(folder, file),
                        new Stamp(Files.getLastModifiedTime(file), Files.size(file)));
            }
            catch (IOException ex) {
                // deleted between listing and reading: it counts as absent
            }
        }
        return stamps;
    }

    private record Stamp(FileTime modified, long size) {
    }
}

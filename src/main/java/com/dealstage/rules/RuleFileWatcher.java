package com.dealstage.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reloads the rules when a {@code .drl} file or its examples file is added, changed or removed. Polls instead of using
 * a WatchService: inotify misses changes on bind mounts and network shares, and sub-folders would
 * each need registering. A change is applied once the files have been quiet for one interval, so
 * an editor's burst of writes causes one reload, not several.
 */
class RuleFileWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RuleFileWatcher.class);

    private final RuleEngine engine;

    private final Duration interval;

    private Map<String, FileStamp> applied;

    private Map<String, FileStamp> pending;

    private ScheduledExecutorService executor;

    RuleFileWatcher(RuleEngine engine, Duration interval) {
        this.engine = engine;
        this.interval = interval;
        this.applied = snapshot();
    }

    @Override
    public synchronized void start() {
        if (this.interval.isZero() || this.interval.isNegative() || isRunning()) {
            return;
        }
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rules-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = this.interval.toMillis();
        this.executor.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (this.executor != null) {
            this.executor.shutdownNow();
            this.executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return this.executor != null;
    }

    void poll() {
        try {
            Map<String, FileStamp> current = snapshot();
            if (current.equals(this.applied)) {
                this.pending = null;
            }
            else if (current.equals(this.pending)) {
                log.info("Rule files changed in {}, reloading", this.engine.rulesDirectory().toAbsolutePath());
                this.engine.reload();
                this.applied = current;
                this.pending = null;
            }
            else {
                this.pending = current;
            }
        }
        catch (RuntimeException ex) {
            // the watcher must survive anything, or hot reload silently stops for good
            log.warn("Rules watcher could not check {}", this.engine.rulesDirectory(), ex);
        }
    }

    private Map<String, FileStamp> snapshot() {
        Path dir = this.engine.rulesDirectory();
        Map<String, FileStamp> stamps = new HashMap<>();
        for (String file : RuleFiles.all(dir)) {
            try {
                Path path = dir.resolve(file);
                stamps.put(file, new FileStamp(Files.getLastModifiedTime(path), Files.size(path)));
            }
            catch (IOException ex) {
                // deleted between listing and reading: it counts as absent
            }
        }
        return stamps;
    }

    private record FileStamp(FileTime modified, long size) {
    }

}

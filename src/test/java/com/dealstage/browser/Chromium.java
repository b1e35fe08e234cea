package com.dealstage.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its own chromedriver. Both are named by path so that
 * Selenium Manager never runs: a test run must not download anything.
 */
final class Chromium implements AutoCloseable {

    static final File BINARY = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private final Path profile;
    private final ChromeDriver driver;

    private Chromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** The browser is a prerequisite of the build (README); its absence fails the test with the install command. */
    static void requireInstalled() {
        assertTrue(BINARY.canExecute() && DRIVER.canExecute(),
                "Browser tests need Debian's Chromium and its driver at " + BINARY + " and " + DRIVER
                        + "; install them with: apt-get install chromium chromium-driver");
    }

    static Chromium start() {
        Path profile = freshProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new",
                "--no-sandbox", // root in containers and CI
                "--disable-gpu",
                "--disable-dev-shm-usage", // /dev/shm is tiny in containers
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--lang=en-US", // Tasklist picks its language from the browser; the test reads English labels
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        // the network log shows what Tasklist's REST calls answered (see NetworkLog)
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        return new Chromium(profile, new ChromeDriver(service, options));
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory("dealstage-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}

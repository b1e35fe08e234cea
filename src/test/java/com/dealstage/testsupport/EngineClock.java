package com.dealstage.testsupport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The engine's clock ({@link ClockUtil}): what timers, due dates and the rules' "today" go by. It is static for
 * the whole JVM, so a test that moves it would make a running job executor of another test's application fire
 * timers months early. Tests that move it are annotated {@link MovesEngineClock}: they run in a JVM of their own
 * (pom.xml), this extension refuses to start one while a job executor is active, and resets the clock after each
 * test, the one place that does.
 */
public final class EngineClock implements BeforeEachCallback, AfterEachCallback {

    /** Today as the engine sees it: the day stage inputs, due dates and surveys are relative to. */
    public static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    }

    public static Date now() {
        return ClockUtil.getCurrentTime();
    }

    /** Moves the engine's clock to that local time. */
    public static void set(LocalDateTime time) {
        ClockUtil.setCurrentTime(at(time));
    }

    public static void set(Date time) {
        ClockUtil.setCurrentTime(time);
    }

    public static Date at(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ClockOffset.apply();
        for (ProcessEngine engine : ProcessEngines.getProcessEngines().values()) {
            JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getJobExecutor();
            if (executor != null && executor.isActive()) {
                throw new IllegalStateException("Engine " + engine.getName() + " runs a job executor in this JVM: "
                        + context.getDisplayName() + " moves the engine clock and must run apart from it "
                        + "(tag moves-clock runs in its own surefire execution).");
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockOffset.apply();
    }
}

package com.dealstage.testsupport;

import java.time.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs the tests with the engine clock shifted, to prove they hold on any day: {@code -Ddealstage.test.clock-offset=P365D}
 * (an ISO-8601 duration) moves the engine clock of the whole test JVM a year ahead, applications included.
 * Registered in META-INF/services; without the property it does nothing.
 */
public class ClockOffset implements LauncherSessionListener {

    static final String PROPERTY = "dealstage.test.clock-offset";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        apply();
    }

    /** Back to the real time plus the offset: what {@link EngineClock} resets to. */
    static void apply() {
        ClockUtil.reset();
        String offset = System.getProperty(PROPERTY);
        if (offset != null && !offset.isBlank()) {
            ClockUtil.offset(Duration.parse(offset).toMillis());
        }
    }
}

package com.dealstage.deployment;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.ParseException;
import org.slf4j.Marker;

/**
 * A diagram or form the engine refuses is the process owner's mistake, answered with its problems (400 on
 * /engine-rest, the refusal in /api/processes/status, one ERROR line of the folder deployment): Camunda would also log
 * each at ERROR with a long stack trace ("ENGINE-16004 Exception while closing command context"), twice for a folder
 * pass (all changed files, then the refused one alone). This drops those engine entries. Registered in
 * logback-spring.xml.
 */
public class DeploymentRefusalLogFilter extends TurboFilter {

    private static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (logger == null || level != Level.ERROR || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        if (isParseError(t)) {
            return FilterReply.DENY;
        }
        if (params != null) {
            for (Object param : params) {
                if (param instanceof Throwable error && isParseError(error)) {
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }

    private static boolean isParseError(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ParseException) {
                return true;
            }
        }
        return false;
    }
}

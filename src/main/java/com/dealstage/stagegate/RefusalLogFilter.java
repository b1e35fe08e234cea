package com.dealstage.stagegate;

import com.dealstage.clients.ClientHasOpenDeal;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * A refused stage (or a refused duplicate lead) is a business answer, not a server error: Camunda would log every refusal at ERROR
 * with a stack trace ("ENGINE-16004 Exception while closing command context"), drowning real errors.
 * This filter drops those engine entries; the gate itself logs the refusal at INFO.
 * Registered in logback-spring.xml.
 */
public class RefusalLogFilter extends TurboFilter {

    private static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (logger == null || !logger.getName().equals(ENGINE_CONTEXT_LOGGER) || level != Level.ERROR) {
            return FilterReply.NEUTRAL;
        }
        return isRefusal(t) || (params != null && hasRefusal(params)) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private static boolean hasRefusal(Object[] params) {
        for (Object param : params) {
            if (param instanceof Throwable error && isRefusal(error)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRefusal(Throwable error) {
        // a second lead of a client with an open deal is refused the same way (409), e.g. on every such import row
        return error != null && (StageGateViolation.findIn(error) != null || ClientHasOpenDeal.findIn(error) != null);
    }
}

package com.dealstage.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without Spring nobody configures Logback, and its default is DEBUG on the console: Camunda and
 * Drools would bury the result table. Warnings stay visible because they may explain a figure.
 */
final class QuietLogs {

    private QuietLogs() {
    }

    static void warningsOnly() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    }
}

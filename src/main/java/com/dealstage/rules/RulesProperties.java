package com.dealstage.rules;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the process owners' DRL files live, how often they are checked for changes, and what the cross-checks
 * against the diagrams expect.
 * @param path rules directory, relative to the working directory
 * @param reloadInterval how often the directory is polled; 0 switches hot reload off
 * @param gatedProcesses processes whose every user task must have completion rules (else a warning)
 * @param stagesWithoutRules user tasks of those processes that have no requirements on purpose
 */
@ConfigurationProperties("dealstage.rules")
record RulesProperties(@DefaultValue("rules") Path path, @DefaultValue("1s") Duration reloadInterval,
        @DefaultValue({"deal-pipeline", "nps-survey"}) Set<String> gatedProcesses,
        @DefaultValue({}) Set<String> stagesWithoutRules) {
}

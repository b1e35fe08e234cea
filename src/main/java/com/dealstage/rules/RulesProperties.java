package com.dealstage.rules;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the process owners' DRL files live and how often they are checked for changes.
 * @param path rules directory, relative to the working directory
 * @param reloadInterval how often the directory is polled; 0 switches hot reload off
 */
@ConfigurationProperties("dealstage.rules")
record RulesProperties(@DefaultValue("rules") Path path, @DefaultValue("1s") Duration reloadInterval) {
}

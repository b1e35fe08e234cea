package com.dealstage.deployment;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the process owners keep their diagrams and forms; relative paths resolve against the working directory.
 * @param reloadInterval how often processes/ is checked for edits; a change is deployed once the files have been
 *        quiet for one interval; 0 = only at startup
 */
@ConfigurationProperties("dealstage.processes")
record ProcessesProperties(@DefaultValue("processes") Path path, @DefaultValue("1s") Duration reloadInterval) {
}

package com.dealstage.deployment;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the process owners keep their diagrams and forms; relative paths resolve against the working directory. */
@ConfigurationProperties("dealstage.processes")
record ProcessesProperties(@DefaultValue("processes") Path path) {
}

package com.dealstage.stagegate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled       off only for the benchmark's comparison run
 * @param maxTextLength longest text a stage field accepts; Camunda stores text in a 4,000-character column
 */
@ConfigurationProperties("dealstage.stage-gate")
record StageGateProperties(@DefaultValue("true") boolean enabled, @DefaultValue("" + StageGatePlugin.DEFAULT_MAX_TEXT_LENGTH) int maxTextLength) {
}

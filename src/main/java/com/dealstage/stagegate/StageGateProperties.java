package com.dealstage.stagegate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled       off only for the benchmark's comparison run
 * @param maxTextLength longest text a stage field accepts, on every channel; Camunda stores text in a
 *                      4,000-character column, so longer text is refused with 422 naming the field
 */
@ConfigurationProperties("dealstage.stage-gate")
public record StageGateProperties(@DefaultValue("true") boolean enabled, @DefaultValue("" + StageGatePlugin.DEFAULT_MAX_TEXT_LENGTH) int maxTextLength) {
}

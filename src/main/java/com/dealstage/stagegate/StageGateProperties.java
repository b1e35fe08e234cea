package com.dealstage.stagegate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gate has no off switch: it is the central guarantee (the benchmark compares against engines of its own).
 * @param maxTextLength longest text a stage field accepts, on every channel; Camunda stores text in a
 *                      4,000-character column, so longer text is refused with 422 naming the field, and the
 *                      project's own tables keep at least that much of every text they copy from a deal
 */
@ConfigurationProperties("dealstage.stage-gate")
public record StageGateProperties(@DefaultValue("" + StageGatePlugin.DEFAULT_MAX_TEXT_LENGTH) int maxTextLength) {
}

package com.dealstage.stagegate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gate has no off switch: it is the central guarantee (the benchmark compares against engines of its own).
 * @param maxTextLength longest text a stage field accepts; Camunda stores text in a 4,000-character column, and the
 *                      project's own tables keep at least that much of every text they copy from a deal
 */
@ConfigurationProperties("dealstage.stage-gate")
record StageGateProperties(@DefaultValue("" + StageGatePlugin.DEFAULT_MAX_TEXT_LENGTH) int maxTextLength) {
}

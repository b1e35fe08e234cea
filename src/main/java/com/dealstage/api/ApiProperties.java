package com.dealstage.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of what the HTTP APIs (/engine-rest, Tasklist's engine API, /api) accept.
 * @param maxBodySize largest JSON request body; a larger one is refused with 413 before it is parsed
 * The longest text a field accepts is the stage gate's ({@code dealstage.stage-gate.max-text-length}).
 */
@ConfigurationProperties("dealstage.api")
record ApiProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}

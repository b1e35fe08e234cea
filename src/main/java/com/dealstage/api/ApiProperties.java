package com.dealstage.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of what the HTTP APIs (/engine-rest, Tasklist's engine API, /api) accept.
 * @param maxBodySize largest JSON request body; a larger one is refused with 413 before it is parsed
 * @param maxTextLength longest text value that can be stored: Camunda keeps a text variable in a
 *        4,000-character column, so a longer one is refused with 422 naming the field before the database
 */
@ConfigurationProperties("dealstage.api")
record ApiProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("4000") int maxTextLength) {
}

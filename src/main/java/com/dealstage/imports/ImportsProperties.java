package com.dealstage.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Imports of cold-call lists ({@code dealstage.imports}).
 * @param maxSize       the largest file accepted (413 above it); the multipart limits are set from it
 * @param batchSize     rows committed together (each row still succeeds or fails alone, within a savepoint)
 * @param takeOverAfter a running import whose node has not reported for this long is resumed by another node
 * @param team          the Camunda group whose members distribution.drl chooses among
 * @param defaultSource the lead source of a row that names none
 */
@ConfigurationProperties("dealstage.imports")
record ImportsProperties(@DefaultValue("50MB") DataSize maxSize, @DefaultValue("100") int batchSize,
        @DefaultValue("60s") Duration takeOverAfter, @DefaultValue("sales-managers") String team,
        @DefaultValue("COLD_LIST") String defaultSource) {

    ImportsProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("dealstage.imports.batch-size must be at least 1, not " + batchSize);
        }
    }
}

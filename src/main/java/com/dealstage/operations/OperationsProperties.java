package com.dealstage.operations;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code dealstage.operations.*}: who may read /actuator/prometheus and /actuator/metrics. */
@ConfigurationProperties("dealstage.operations")
record OperationsProperties(List<String> metricsRoles) {
}

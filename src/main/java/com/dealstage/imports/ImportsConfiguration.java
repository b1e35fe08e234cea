package com.dealstage.imports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The import settings, and the schedule on which a node looks for imports abandoned by another (ImportTakeOver). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportsProperties.class)
@EnableScheduling
class ImportsConfiguration {
}

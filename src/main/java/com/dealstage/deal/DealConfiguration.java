package com.dealstage.deal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DealProperties.class)
class DealConfiguration {
}

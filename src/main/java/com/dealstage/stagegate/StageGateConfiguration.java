package com.dealstage.stagegate;

import com.dealstage.rules.RuleEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StageGateConfiguration {

    @Bean
    @ConditionalOnProperty(name = "dealstage.stage-gate.enabled", havingValue = "true", matchIfMissing = true)
    StageGatePlugin stageGatePlugin(RuleEngine rules) {
        return new StageGatePlugin(rules);
    }
}

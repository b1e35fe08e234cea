package com.dealstage.stagegate;

import com.dealstage.rules.RuleEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StageGateProperties.class)
class StageGateConfiguration {

    @Bean
    StageFields stageFields(RuleEngine rules) {
        return new StageFields(rules);
    }

    @Bean
    StageGatePlugin stageGatePlugin(RuleEngine rules, StageFields fields, StageGateProperties properties) {
        return new StageGatePlugin(rules, fields, properties.maxTextLength());
    }
}

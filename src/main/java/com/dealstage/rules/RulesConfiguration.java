package com.dealstage.rules;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared rule engine and its file watcher. A rule set that does not compile stops the
 * application: running without stage gates would let incomplete deals through.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesProperties.class)
class RulesConfiguration {

    @Bean
    RuleEngine ruleEngine(RulesProperties properties, ObjectProvider<RuleBaseCheck> checks) {
        return RuleEngine.fromDirectory(properties.path(), checks.orderedStream().toList());
    }

    @Bean
    RuleFileWatcher ruleFileWatcher(RuleEngine ruleEngine, RulesProperties properties) {
        return new RuleFileWatcher(ruleEngine, properties.reloadInterval());
    }

}

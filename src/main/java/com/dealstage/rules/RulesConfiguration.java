package com.dealstage.rules;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared rule engine and its file watcher. Rules that do not compile at startup are replaced by the last good
 * rules kept in the database (the node runs degraded); without any, the application stops: running without stage
 * gates would let incomplete deals through.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesProperties.class)
class RulesConfiguration {

    @Bean
    RuleEngine ruleEngine(RulesProperties properties, ObjectProvider<RuleBaseCheck> checks, ObjectProvider<JdbcClient> jdbc,
            ObjectProvider<DeployedDiagrams> diagrams) {
        CrossCheck crossCheck = new CrossCheck(properties.gatedProcesses(), properties.stagesWithoutRules());
        // asked lazily: the deployment module's beans need the process engine, which needs this rule engine
        RuleWarnings warnings = new RuleWarnings(crossCheck, () -> diagrams.orderedStream()
                .flatMap(source -> source.stages().stream()).toList());
        // without a database (a context of the rules alone) nothing is kept and broken rules stop the start
        RuleSnapshots snapshots = jdbc.stream().findFirst().<RuleSnapshots>map(JdbcRuleSnapshots::new)
                .orElse(RuleSnapshots.NONE);
        return RuleEngine.start(new RuleEngine(properties.path(), checks.orderedStream().toList(), snapshots,
                warnings));
    }

    @Bean
    RuleFileWatcher ruleFileWatcher(RuleEngine ruleEngine, RulesProperties properties) {
        return new RuleFileWatcher(ruleEngine, properties.reloadInterval());
    }

}

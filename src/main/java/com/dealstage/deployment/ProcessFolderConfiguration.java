package com.dealstage.deployment;

import com.dealstage.rules.RuleEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** processes/ deployed at startup and on every change, its status, and what the rules are checked against. */
@Configuration(proxyBeanMethods = false)
class ProcessFolderConfiguration {

    @Bean
    LatestResources latestResources(JdbcClient jdbc) {
        return new LatestResources(jdbc);
    }

    @Bean
    ProcessFolderState processFolderState() {
        return new ProcessFolderState();
    }

    @Bean
    EngineDiagrams engineDiagrams(RepositoryService repository, LatestResources latest) {
        return new EngineDiagrams(repository, latest);
    }

    @Bean
    ProcessFolderDeployment processFolderDeployment(RepositoryService repository, LatestResources latest,
            TransactionTemplate transactions, ProcessFolderState state, ProcessesProperties properties,
            RuleEngine ruleEngine) {
        return new ProcessFolderDeployment(new ProcessFolderSync(repository, latest, transactions), state, properties,
                ruleEngine);
    }

    @Bean
    ProcessFolderWatcher processFolderWatcher(ProcessFolderDeployment deployment, ProcessesProperties properties,
            RepositoryService repository, RuleEngine ruleEngine) {
        return new ProcessFolderWatcher(deployment, properties.path(), properties.reloadInterval(),
                () -> repository.createDeploymentQuery().count(), ruleEngine::refreshWarnings);
    }

    @Bean
    ProcessesStatusReader processesStatusReader(RepositoryService repository, LatestResources latest,
            ProcessFolderState state, RuleEngine ruleEngine, ProcessesProperties properties) {
        return new ProcessesStatusReader(repository, latest, state, ruleEngine, properties.path());
    }

    @Bean
    ProcessesHealthIndicator processesHealthIndicator(ProcessFolderState state, ProcessesStatusReader status) {
        return new ProcessesHealthIndicator(state, status);
    }
}

package com.dealstage.deployment;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** Deploys processes/ once the engine is up, before the application takes requests. */
@Component
class ProcessFolderDeployment implements InitializingBean {

    private final ProcessFolderDeployer deployer;
    private final ProcessesProperties properties;

    ProcessFolderDeployment(RepositoryService repositoryService, ProcessesProperties properties) {
        this.deployer = new ProcessFolderDeployer(repositoryService);
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        deployer.deploy(properties.path());
    }
}

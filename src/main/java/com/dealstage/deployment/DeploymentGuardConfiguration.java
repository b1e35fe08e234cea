package com.dealstage.deployment;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The deployment check and the expression manager of the application's engine (the starter picks up plugins). */
@Configuration(proxyBeanMethods = false)
class DeploymentGuardConfiguration {

    @Bean
    DeploymentGuardPlugin deploymentGuardPlugin(ConfigurableListableBeanFactory beans) {
        BuildingBlocks blocks = BuildingBlocks.in(beans);
        return new DeploymentGuardPlugin(blocks, new PublishedBeans(blocks, beans),
                name -> !blocks.contains(name) && beans.containsBean(name));
    }
}

package com.dealstage.journal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JournalConfiguration {

    /** Picked up by the Camunda starter with every other ProcessEnginePlugin bean. */
    @Bean
    StageJournalPlugin stageJournalPlugin() {
        return new StageJournalPlugin();
    }
}

package com.dealstage.funnel;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/** Looks every {@code dealstage.funnel.digest.check-every} whether the Monday review is due. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "dealstage.funnel.digest.enabled", havingValue = "true", matchIfMissing = true)
class DigestSchedule {

    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    @Bean
    SchedulingConfigurer funnelDigestCheck(FunnelDigest digest, FunnelProperties settings) {
        Duration every = settings.digest().checkEvery();
        return registrar -> registrar.addFixedDelayTask(() -> {
            try {
                List<String> heads = digest.startDueReviews();
                if (!heads.isEmpty()) {
                    log.info("Funnel review tasks started for {}", heads);
                }
            } catch (RuntimeException e) {
                // the next check tries again; a failed check must not stop the schedule
                log.warn("Funnel digest check failed: {}", e.getMessage(), e);
            }
        }, every);
    }
}

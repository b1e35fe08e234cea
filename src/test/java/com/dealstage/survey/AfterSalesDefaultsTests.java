package com.dealstage.survey;

import com.dealstage.calendar.BusinessCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The after-sales limits as the README documents them for application.yaml: unsigned acts go to the heads of
 * sales 14 days after fulfilment, a deal waits 30 days for its survey result. The plain engine tests run on the
 * same values (AfterSalesTestEngine).
 */
class AfterSalesDefaultsTests {

    @Test
    void applicationYamlGivesFourteenDaysForTheActsAndThirtyForTheSurveyResult() {
        new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
                .withUserConfiguration(AfterSalesOnly.class)
                .run(context -> {
                    AfterSalesProperties properties = context.getBean(AfterSalesProperties.class);
                    assertThat(properties.actsSigningLimit()).isEqualTo(Duration.ofDays(14))
                            .isEqualTo(AfterSalesTestEngine.ACTS_SIGNING_LIMIT);
                    assertThat(properties.surveyResultWait()).isEqualTo(Duration.ofDays(30))
                            .isEqualTo(AfterSalesTestEngine.SURVEY_RESULT_WAIT);
                    assertThat(new AfterSalesSettings(properties, new BusinessCalendar(java.time.ZoneOffset.UTC)).surveyResultWait()).isEqualTo("PT720H");
                });
    }

    @EnableConfigurationProperties(AfterSalesProperties.class)
    static class AfterSalesOnly {
    }
}

package com.dealstage.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.testsupport.ApiDeals;
import com.dealstage.testsupport.StageInputs;
import com.dealstage.testsupport.Stages;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Company names as long as the stage gate accepts reach every table that copies them: the last act's completion
 * (which plans the survey) and a rejection (which records it) succeed, and the name is kept whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LongCompanyNameTest {

    @Autowired private TestRestTemplate rest;
    @Autowired private RuntimeService runtime;
    @Autowired private JdbcClient jdbc;

    @Test
    void aDealWithA300CharacterCompanyNameGetsThroughTheLastActToItsSurvey() {
        String name = longName(300);
        ApiDeals deals = new ApiDeals(rest);
        String deal = deals.start(lead(name));

        Stages.HAPPY_PATH.forEach(stage -> deals.forward(deal, stage));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(deal).activityIdIn("awaitSurveyResult")
                .count()).as("past the last act, waiting for the survey").isOne();
        assertThat(jdbc.sql("SELECT company_name FROM nps_survey WHERE deal_id = ?").param(deal).query(String.class)
                .single()).isEqualTo(name);
    }

    @Test
    void aRejectionKeepsTheLongestNameTheGateAccepts() {
        String name = longName(4000);
        ApiDeals deals = new ApiDeals(rest);
        String deal = deals.start(lead(name));

        assertThat(deals.complete(deal, "coldCall", StageInputs.rejectionAt("coldCall", "NOT_INTERESTED")))
                .isEqualTo(204);

        assertThat(jdbc.sql("SELECT company_name FROM lead_rejection WHERE deal_id = ?").param(deal)
                .query(String.class).single()).isEqualTo(name);
    }

    /** Cyrillic, as real names are, each test's own so that no earlier survey or refusal counts. */
    private static String longName(int length) {
        String unique = "ООО «Строймонтаж " + UUID.randomUUID() + "» ";
        return (unique + "Северо-Западное управление монтажных работ ".repeat(100)).substring(0, length);
    }

    private static Map<String, Object> lead(String name) {
        Map<String, Object> lead = ApiDeals.lead();
        lead.put("companyName", name);
        return lead;
    }
}

package com.dealstage.stagegate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The one way to change a passed stage's data: heads of sales, re-checked by the stage's rules, audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CorrectionsOverHttpTest {

    @Autowired
    private TestRestTemplate rest;
    private HttpDeals deals;
    private TestRestTemplate helen;

    @BeforeEach
    void users() {
        deals = new HttpDeals(rest);
        helen = rest.withBasicAuth("helen", "helen");
    }

    @Test
    void headOfSalesCorrectsAMistypedContractNumberAndTheChangeIsAudited() {
        String deal = deals.driveTo("payment");

        ResponseEntity<String> corrected = helen.postForEntity(corrections(deal), Map.of("stage", "contract",
                "values", Map.of("contractNumber", "D-2026-118"), "reason", "Typo: the signed copy says 118"),
                String.class);

        assertThat(corrected.getStatusCode().value()).isEqualTo(200);
        assertThat(deals.storedValues(deal)).containsEntry("contractNumber", "D-2026-118");
        List<Map<String, Object>> audit = helen.getForObject(corrections(deal), List.class);
        assertThat(audit).singleElement().satisfies(row -> assertThat(row).containsEntry("field", "contractNumber")
                .containsEntry("oldValue", "D-2026-117").containsEntry("newValue", "D-2026-118")
                .containsEntry("correctedBy", "helen").containsEntry("stage", "contract")
                .containsKey("correctedAt"));
        assertThat(deals.openStages(deal)).containsExactly("payment");
    }

    @Test
    void aCorrectionMustStillSatisfyTheStagesRules() {
        String deal = deals.driveTo("payment");

        ResponseEntity<String> refused = helen.postForEntity(corrections(deal), Map.of("stage", "contract",
                "values", Map.of("invoiceAmount", -5), "reason", "Testing"), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).contains("invoiceAmount");
        assertThat(deals.storedValues(deal)).containsEntry("invoiceAmount", 1_100_000);
        assertThat(helen.getForObject(corrections(deal), List.class)).isEmpty();
    }

    @Test
    void onlyAPassedStagesOwnFieldsAreCorrected() {
        String deal = deals.driveTo("payment");

        ResponseEntity<String> openStage = helen.postForEntity(corrections(deal), Map.of("stage", "payment",
                "values", Map.of("paymentDocument", "PO-1"), "reason", "Early"), String.class);
        ResponseEntity<String> foreignField = helen.postForEntity(corrections(deal), Map.of("stage", "contract",
                "values", Map.of("agreedAmount", 5), "reason", "Wrong stage"), String.class);
        ResponseEntity<String> noReason = helen.postForEntity(corrections(deal), Map.of("stage", "contract",
                "values", Map.of("contractNumber", "X-1")), String.class);

        assertThat(openStage.getStatusCode().value()).isEqualTo(409);
        assertThat(foreignField.getStatusCode().value()).isEqualTo(422);
        assertThat(foreignField.getBody()).contains("agreedAmount");
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody()).contains("reason");
        assertThat(deals.storedValues(deal)).containsEntry("contractNumber", "D-2026-117")
                .doesNotContainKey("paymentDocument");
    }

    @Test
    void aDealsManagerIsNotChangedByACorrection() {
        String deal = deals.driveTo("payment");

        // quinn (quality control) would read the deal's amounts if the deal became his; anna's tasks would stay hers
        ResponseEntity<String> refused = helen.postForEntity(corrections(deal), Map.of("stage", "leadIntake",
                "values", Map.of("manager", "quinn"), "reason", "Handing the deal over"), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).contains("manager");
        assertThat(deals.storedValues(deal)).containsEntry("manager", "anna");
        assertThat(helen.getForObject(corrections(deal), List.class)).isEmpty();
    }

    @Test
    void managersCannotCorrect() {
        String deal = deals.driveTo("payment");

        ResponseEntity<String> refused = rest.withBasicAuth("anna", "anna").postForEntity(corrections(deal),
                Map.of("stage", "contract", "values", Map.of("contractNumber", "MINE-1"), "reason", "I want to"),
                String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(deals.storedValues(deal)).containsEntry("contractNumber", "D-2026-117");
    }

    private static String corrections(String deal) {
        return "/api/deals/" + deal + "/corrections";
    }
}

package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stage gates of rules/stage-gates.drl: completions in, violations out.
 */
class StageGateRulesTests {

    private static RuleEngine engine;

    @BeforeAll
    static void loadRules() {
        engine = RuleEngine.fromDirectory(Path.of("rules"));
    }

    static Stream<Arguments> completeStages() {
        return Stream.of(Arguments.of("coldCall", Map.of("contactName", "Irina Petrova", "contactPosition", "Buyer",
                "contactPhone", "+7 900 000-00-00", "outcome", "MEETING_BOOKED", "meetingDate", "2026-11-23")),
                Arguments.of("meeting", Map.of("needsSummary", "Cold storage for 3 outlets", "decisionMaker", "CEO",
                        "budgetEstimate", 300_000, "outcome", "NEEDS_CONFIRMED")),
                Arguments.of("proposal", Map.of("proposalAmount", 250_000.50, "products", "Freezer X2",
                        "proposalDate", LocalDate.of(2026, 11, 23), "outcome", "OBJECTIONS")),
                Arguments.of("objections", Map.of("objection", "Too expensive", "objectionAnswer", "Leasing offered",
                        "outcome", "RESOLVED")),
                Arguments.of("closing", Map.of("agreedAmount", "240000", "paymentTerms", "50% upfront", "outcome", "AGREED")),
                Arguments.of("contract", Map.of("contractNumber", "C-17", "contractDate", "2026-11-23", "invoiceNumber",
                        "INV-9", "invoiceAmount", 240_000L, "paymentDueDate", "2026-12-07")),
                Arguments.of("payment", Map.of("outcome", "PAID", "paymentDate", "2026-11-30T10:15:00",
                        "amountPaid", 240_000, "paymentDocument", "Payment order 55")),
                Arguments.of("fulfilment", Map.of("fulfilmentDate", "2026-12-05")),
                Arguments.of("fulfilmentActs", Map.of("actType", "ACCEPTANCE_TRANSFER_ACT", "actNumber", "A-3",
                        "actSignedDate", "2026-12-06", "actSignedBy", "Ivan Sidorov")),
                Arguments.of("npsCall", Map.of("npsScore", 9, "npsComment", "Fast delivery")),
                Arguments.of("recontactCall", Map.of("outcome", "BACK_IN_PIPELINE", "recontactNotes", "Budget approved")),
                Arguments.of("repeatSaleCall", Map.of("offer", "Service contract", "outcome", "NOT_NOW",
                        "nextContactDate", "2027-02-01")),
                Arguments.of("detractorFollowUp", Map.of("followUpNotes", "Replacement part sent")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completeStages")
    void completeStagePasses(String stage, Map<String, Object> values) {
        assertThat(check(stage, values)).isEmpty();
    }

    @Test
    void stageWithoutRulesPasses() {
        assertThat(check("referralRequest", Map.of())).isEmpty();
    }

    @Test
    void contractWithoutNumberIsRefused() {
        List<Violation> violations = check("contract",
                Map.of("contractDate", "2026-11-23", "invoiceNumber", "INV-9", "invoiceAmount", 100,
                        "paymentDueDate", "2026-12-07"));
        assertThat(violations).containsExactly(new Violation("contract", "contractNumber", "Contract number is required."));
    }

    @Test
    void blankTextCountsAsMissing() {
        assertThat(fields(check("detractorFollowUp", Map.of("followUpNotes", "   ")))).containsExactly("followUpNotes");
    }

    @Test
    void allViolationsAreReportedAtOnceInRuleOrder() {
        assertThat(fields(check("contract", Map.of()))).containsExactly("contractNumber", "contractDate",
                "invoiceNumber", "invoiceAmount", "paymentDueDate");
    }

    @Test
    void coldCallNeedsPhoneOrEmailButNotBoth() {
        Map<String, Object> values = Map.of("contactName", "Irina", "contactPosition", "Buyer", "contactEmail",
                "irina@example.com", "outcome", "CALL_AGAIN");
        assertThat(check("coldCall", values)).isEmpty();
        assertThat(fields(check("coldCall", without(values, "contactEmail")))).containsExactly("contactPhone");
    }

    @Test
    void bookedMeetingNeedsMeetingDate() {
        Map<String, Object> values = Map.of("contactName", "Irina", "contactPosition", "Buyer", "contactPhone", "1",
                "outcome", "MEETING_BOOKED", "meetingDate", "next week");
        assertThat(check("coldCall", values)).extracting(Violation::message)
            .containsExactly("Meeting date must be a date such as 2026-11-23 when a meeting is booked.");
    }

    @Test
    void rejectedColdCallNeedsNoMeetingDate() {
        assertThat(check("coldCall", rejected("contactName", "Irina", "contactPosition", "Buyer", "contactPhone", "1")))
            .isEmpty();
    }

    @Test
    void rejectedColdCallCannotBookAMeeting() {
        assertThat(fields(check("coldCall", rejected("contactName", "Irina", "contactPosition", "Buyer",
                "contactPhone", "1", "meetingDate", "2026-11-23")))).containsExactly("meetingDate");
    }

    @Test
    void rejectedColdCallStillNeedsTheContactPerson() {
        assertThat(fields(check("coldCall", rejected()))).containsExactly("contactName", "contactPosition", "contactPhone");
    }

    @Test
    void rejectionNeedsOnlyRejectionFields() {
        for (String stage : List.of("meeting", "proposal", "objections", "closing", "recontactCall")) {
            assertThat(check(stage, rejected())).as(stage).isEmpty();
            assertThat(fields(check(stage, Map.of("outcome", "REJECTED")))).as(stage)
                .containsExactlyInAnyOrder("rejectionReason", "rejectionComment");
        }
    }

    @Test
    void unknownRejectionReasonIsRefusedWithValidCodes() {
        Map<String, Object> values = new HashMap<>(rejected());
        values.put("rejectionReason", "TOO_EXPENSIVE");
        assertThat(check("meeting", values)).containsExactly(new Violation("meeting", "rejectionReason",
                "Rejection reason must be one of NO_BUDGET, HAS_SUPPLIER, PRICE_TOO_HIGH, PURCHASES_NOT_PLANNED, "
                        + "PRODUCT_NOT_FIT, NOT_INTERESTED, DELIVERY_TERMS."));
    }

    @Test
    void unknownOutcomeIsRefusedWithValidCodes() {
        assertThat(check("closing", Map.of("agreedAmount", 1, "paymentTerms", "prepaid", "outcome", "MAYBE")))
            .extracting(Violation::message)
            .containsExactly("Closing outcome must be one of AGREED, REJECTED.");
    }

    @Test
    void amountsMustBePositive() {
        assertThat(fields(check("payment", Map.of("outcome", "PAID", "paymentDate", "2026-11-23", "amountPaid", 0,
                "paymentDocument", "PO-1")))).containsExactly("amountPaid");
    }

    @Test
    void invoiceFacturaIsNotAFulfilmentAct() {
        List<Violation> violations = check("fulfilmentActs", Map.of("actType", "INVOICE_FACTURA", "actNumber", "1",
                "actSignedDate", "2026-12-06", "actSignedBy", "Ivan"));
        assertThat(violations).singleElement()
            .satisfies(v -> assertThat(v.message()).startsWith("An invoice (invoice-factura) is not proof of fulfilment"));
    }

    @Test
    void npsScoreMustBeWholeNumberFrom0To10() {
        for (Object score : List.of(0, 10, "7", 8.0)) {
            assertThat(check("npsCall", Map.of("npsScore", score, "npsComment", "ok"))).as("%s", score).isEmpty();
        }
        for (Object score : List.of(-1, 11, 7.5, "all fine", "")) {
            assertThat(check("npsCall", Map.of("npsScore", score, "npsComment", "ok"))).as("%s", score)
                .containsExactly(new Violation("npsCall", "npsScore", "NPS score must be a whole number from 0 to 10."));
        }
    }

    @Test
    void repeatDealNeedsNoNextContactDate() {
        assertThat(check("repeatSaleCall", Map.of("offer", "Upgrade", "outcome", "REPEAT_DEAL"))).isEmpty();
        assertThat(fields(check("repeatSaleCall", Map.of("offer", "Upgrade", "outcome", "NOT_NOW"))))
            .containsExactly("nextContactDate");
    }

    @Test
    void gateMatchesTheStageInAnyProcess() {
        assertThat(engine.check(new StageCompletion("nps-survey", "npsCall", Map.of()))).hasSize(2);
    }

    private static List<Violation> check(String stage, Map<String, Object> values) {
        return engine.check(new StageCompletion("deal-pipeline", stage, values));
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    private static Map<String, Object> rejected(Object... more) {
        Map<String, Object> values = new HashMap<>(Map.of("outcome", "REJECTED", "rejectionReason", "NO_BUDGET",
                "rejectionComment", "Budget frozen until Q2"));
        for (int i = 0; i < more.length; i += 2) {
            values.put((String) more[i], more[i + 1]);
        }
        return values;
    }

    private static Map<String, Object> without(Map<String, Object> values, String field) {
        Map<String, Object> copy = new HashMap<>(values);
        copy.remove(field);
        return copy;
    }

}

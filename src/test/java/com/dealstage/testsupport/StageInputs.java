package com.dealstage.testsupport;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a sales manager enters at each stage: complete, valid submissions keyed by stage. Dates are relative to the
 * engine's clock ({@link EngineClock#today()}): the deal is delivered today, so its survey and repeat-sale timers
 * lie ahead whatever the day the tests run on.
 */
public final class StageInputs {

    private StageInputs() {
    }

    /** A real, valid organisation INN (10 digits, check digit 3). */
    public static final String TAX_NUMBER = "7707083893";
    /** Days from the contract to its payment due date in {@link #forward}. */
    public static final int PAYMENT_TERM_DAYS = 14;
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    /** Always the same client: in an application (where a client's second open deal is refused) start it once. */
    public static Map<String, Object> leadIntake() {
        return Map.of("companyName", "Stroymontazh LLC", "companyTaxId", TAX_NUMBER, "source", "COLD_LIST",
                "manager", "anna");
    }

    /** A lead of a client no other call returned (own name, own valid INN), worked by anna. */
    public static Map<String, Object> newClientLead() {
        String taxNumber = newTaxNumber();
        return Map.of("companyName", "Client " + taxNumber + " LLC", "companyTaxId", taxNumber, "source", "COLD_LIST",
                "manager", "anna");
    }

    /** A valid organisation INN no other call returned. */
    public static String newTaxNumber() {
        return validInn(50_000_000 + CLIENTS.incrementAndGet());
    }

    /** The valid organisation INN whose first nine digits are {@code firstNine}. */
    public static String validInn(int firstNine) {
        String digits = String.format("%09d", firstNine);
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return digits + (sum % 11 % 10);
    }

    /** A submission that moves the deal forward from the given stage along the happy path. */
    public static Map<String, Object> forward(String stage) {
        LocalDate today = EngineClock.today();
        return switch (stage) {
            case "coldCall" -> Map.of("contactName", "Ivan Kuznetsov", "contactPosition", "Procurement director",
                    "contactPhone", "+7 495 123-45-67", "outcome", "MEETING_BOOKED", "meetingDate", today.plusDays(7).toString());
            case "meeting" -> Map.of("needsSummary", "Needs 40 ventilation units for a new warehouse",
                    "decisionMaker", "Ivan Kuznetsov", "budgetEstimate", 1_200_000, "outcome", "NEEDS_CONFIRMED");
            case "proposal" -> Map.of("proposalAmount", 1_150_000, "products", "VU-40 ventilation unit x 40",
                    "proposalDate", today.toString(), "outcome", "ACCEPTED");
            case "objections" -> Map.of("objection", "Lead time too long", "objectionAnswer",
                    "Partial delivery from stock within a week", "outcome", "RESOLVED");
            case "closing" -> Map.of("agreedAmount", 1_100_000, "paymentTerms", "50% prepayment, 50% on delivery",
                    "outcome", "AGREED");
            case "contract" -> Map.of("contractNumber", "D-2026-117", "contractDate", today.toString(),
                    "invoiceNumber", "INV-5531", "invoiceAmount", 1_100_000,
                    "paymentDueDate", today.plusDays(PAYMENT_TERM_DAYS).toString());
            case "payment" -> Map.of("outcome", "PAID", "paymentDate", today.toString(), "amountPaid", 1_100_000,
                    "paymentDocument", "Payment order 884");
            case "fulfilment" -> Map.of("fulfilmentDate", today.toString());
            case "fulfilmentActs" -> Map.of("actType", "DELIVERY_NOTE", "actNumber", "TN-2211",
                    "actSignedDate", today.toString(), "actSignedBy", "Ivan Kuznetsov");
            default -> throw new IllegalArgumentException("No forward input for stage " + stage);
        };
    }

    /** The stage's own data with outcome overridden, e.g. OBJECTIONS on a proposal. */
    public static Map<String, Object> withOutcome(String stage, String outcome) {
        Map<String, Object> input = new HashMap<>(forward(stage));
        input.put("outcome", outcome);
        input.remove("meetingDate");
        return input;
    }

    /** A payment that did not come: the deal ends as lost after the contract. */
    public static Map<String, Object> notPaid(String reason) {
        return Map.of("outcome", "NOT_PAID", "nonPaymentReason", reason, "nonPaymentComment",
                "The client's budget was frozen");
    }

    public static Map<String, Object> rejection(String reason) {
        return Map.of("outcome", "REJECTED", "rejectionReason", reason,
                "rejectionComment", "Client said so on the phone");
    }

    /** A rejection at a stage, with the contact data a cold call must always record. */
    public static Map<String, Object> rejectionAt(String stage, String reason) {
        Map<String, Object> input = new HashMap<>(rejection(reason));
        if (stage.equals("coldCall")) {
            input.putAll(Map.of("contactName", "Ivan Kuznetsov", "contactPosition", "Procurement director",
                    "contactPhone", "+7 495 123-45-67"));
        }
        return input;
    }
}

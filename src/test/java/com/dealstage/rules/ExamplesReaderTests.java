package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/** The shape of an examples file as a process owner writes it, and what each example checks. */
class ExamplesReaderTests {

    private static final YAMLMapper YAML = new YAMLMapper();

    private static KieBase projectRules;

    @BeforeAll
    static void compileTheProjectsRules() {
        projectRules = RuleCompiler.compile(Path.of("rules")).kieBase();
    }

    @Test
    void variantsAreTheCompleteInputWithTheirChangeAndNamedByTheirExample() throws Exception {
        ExamplesReader reader = read("""
                StageCompletion:
                  payment:
                    passes: { outcome: PAID, paymentDate: "2026-12-14", amountPaid: 100, paymentDocument: PO-1 }
                    alsoPasses:
                      - example: with a time
                        change: { paymentDate: "2026-12-14T10:15:00" }
                    refuses:
                      - rule: PaymentRequiresPaymentDocument
                        change: { paymentDocument: null, note: x }
                        field: paymentDocument
                """);

        assertThat(reader.errors()).isEmpty();
        assertThat(reader.examples()).extracting(Example::line, Example::name, Example::rule).containsExactly(
                tuple(3, "stage payment: the complete input passes", null),
                tuple(5, "stage payment: also passes: 'with a time'", null),
                tuple(8, "stage payment: PaymentRequiresPaymentDocument refuses {\"paymentDocument\":null,\"note\":\"x\"}"
                        + " naming paymentDocument", "PaymentRequiresPaymentDocument"));
        assertThat(reader.examples()).extracting(example -> ((GateExample) example).input()).containsExactly(
                Map.of("outcome", "PAID", "paymentDate", "2026-12-14", "amountPaid", 100, "paymentDocument", "PO-1"),
                Map.of("outcome", "PAID", "paymentDate", "2026-12-14T10:15:00", "amountPaid", 100,
                        "paymentDocument", "PO-1"),
                Map.of("outcome", "PAID", "paymentDate", "2026-12-14", "amountPaid", 100, "note", "x"));
        assertThat(reader.examples()).extracting(example -> ((GateExample) example).processKey())
            .containsOnly("deal-pipeline");
        assertThat(reader.examples()).allSatisfy(example -> assertThat(example.failure(projectRules)).isNull());
    }

    @Test
    void misshapenStagesAreReportedWithTheirLines() throws Exception {
        ExamplesReader reader = read("""
                StageCompletion:
                  payment:
                    passes: complete
                  fulfilment:
                    passes: { fulfilmentDate: "2026-12-20" }
                    refuses:
                      - rule: FulfilmentRequiresFulfilmentDate
                        change: soon
                        field: fulfilmentDate
                    alsoPasses: { change: {} }
                  npsCall:
                    process: nps-survey
                    passes: {}
                    refuses:
                      - rule: NpsCallRequiresComment
                        field: npsComment
                """);

        assertThat(reader.errors()).extracting(RuleError::line, RuleError::message).containsExactly(
                tuple(3, "'passes' of stage payment must be a mapping of field: value."),
                tuple(5, "'alsoPasses' of stage fulfilment must be a list (items start with '-')."),
                tuple(7, "'change' of stage fulfilment must be a mapping of field: value."),
                tuple(15, "'change' is missing here; expected [example, rule, field, change]."));
        assertThat(reader.examples()).extracting(Example::name).containsExactly(
                "stage fulfilment: the complete input passes", "stage npsCall: the complete input passes");
        assertThat(((GateExample) reader.examples().get(1)).processKey()).isEqualTo("nps-survey");
    }

    @Test
    void aRefusalMustNameTheFieldOfItsOwnStage() throws Exception {
        GateExample correct = new GateExample("x.examples.yaml", 1, "payment without document",
                GateFacts.named("StageCompletion"), "deal-pipeline", "payment", Map.of("outcome", "PAID",
                        "paymentDate", "2026-12-14", "amountPaid", 100), "PaymentRequiresPaymentDocument",
                "paymentDocument");
        GateExample wrongField = new GateExample("x.examples.yaml", 1, "wrong field",
                GateFacts.named("StageCompletion"), "deal-pipeline", "payment", Map.of("outcome", "PAID",
                        "paymentDate", "2026-12-14", "amountPaid", 100), "PaymentRequiresPaymentDocument", "amountPaid");

        assertThat(correct.failure(projectRules)).isNull();
        assertThat(wrongField.failure(projectRules)).startsWith(
                "rule PaymentRequiresPaymentDocument refused it without naming field amountPaid of stage payment");
        assertThat(new GateExample("x", 1, "stage mismatch", GateFacts.named("StageCompletion"), "deal-pipeline",
                "paymentTwo", Map.of(), "PaymentRequiresPaymentDocument", "paymentDocument").failure(projectRules))
            .startsWith("rule PaymentRequiresPaymentDocument must refuse it naming paymentDocument, but did not fire; "
                    + "nothing refused it");
    }

    @Test
    void aRefusalNamingTheFieldOfAnotherStageDoesNotCount(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("gates.drl"), """
                package gates;
                import com.dealstage.rules.StageCompletion;
                import com.dealstage.rules.Violation;
                rule "PaymentNamesTheContract"
                when
                    StageCompletion( stage == "payment" )
                then
                    insert(new Violation("contract", "contractNumber", "Contract number is required."));
                end
                """);
        GateExample example = new GateExample("gates.examples.yaml", 1, "payment", GateFacts.named("StageCompletion"),
                "deal-pipeline", "payment", Map.of(), "PaymentNamesTheContract", "contractNumber");

        assertThat(example.failure(RuleCompiler.compile(rules).kieBase())).startsWith(
                "rule PaymentNamesTheContract refused it without naming field contractNumber of stage payment");
    }

    @Test
    void decisionExamplesNameTheirFactsAndDecisionsByTheImportedTypes() throws Exception {
        ExamplesReader reader = new ExamplesReader("repeat.examples.yaml", YamlDocument.read(YAML, new StringReader("""
                examples:
                  - rule: ClientIsOfferedRepeatSaleAfterDelivery
                    given:
                      DeliveredDeal: [ { dealId: a, deliveredOn: "2026-12-20" } ]
                    expect:
                      RepeatSalePlan: [ { contactOn: "2027-03-20" } ]
                  - example: a typo in a field
                    given: { DeliveredDeal: { deliveredOnn: "2026-12-20" } }
                    expect: { RepeatSalePlan: [] }
                """)), new FactTypes("import com.dealstage.repeatsale.DeliveredDeal;\nimport com.dealstage.repeatsale.RepeatSalePlan;\n"),
                RuleExamples.MAPPER).read();

        assertThat(reader.examples()).singleElement().satisfies(example -> {
            assertThat(example.name()).isEqualTo("ClientIsOfferedRepeatSaleAfterDelivery");
            assertThat(example.line()).isEqualTo(2);
            assertThat(example.failure(projectRules)).isNull();
        });
        assertThat(reader.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(7);
            assertThat(error.message()).startsWith("Example 'a typo in a field': Unrecognized field \"deliveredOnn\"");
        });
    }

    private static ExamplesReader read(String yaml) throws Exception {
        return new ExamplesReader("stage-gates.examples.yaml", YamlDocument.read(YAML, new StringReader(yaml)),
                new FactTypes(""), YAML).read();
    }

}

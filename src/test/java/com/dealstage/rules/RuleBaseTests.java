package com.dealstage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule base hands out pooled sessions: every call must still judge its own facts alone, as a new session
 * would, however many calls came before it or run beside it.
 */
class RuleBaseTests {

    private static final StageCompletion EMPTY_CONTRACT = new StageCompletion("deal-pipeline", "contract", Map.of());
    private static final StageCompletion FULL_CONTRACT = new StageCompletion("deal-pipeline", "contract",
            Map.of("contractNumber", "C-17", "contractDate", "2026-11-23", "invoiceNumber", "INV-9",
                    "invoiceAmount", 240_000L, "paymentDueDate", "2026-12-07"));

    private static RuleEngine engine;

    @BeforeAll
    static void loadRules() {
        engine = RuleEngine.fromDirectory(Path.of("rules"));
    }

    @Test
    void aCallSeesNeitherTheFactsNorTheDecisionsOfTheCallsBeforeIt() {
        List<Violation> first = engine.check(EMPTY_CONTRACT);
        assertThat(first).extracting(Violation::field).containsExactly("contractNumber", "contractDate",
                "invoiceNumber", "invoiceAmount", "paymentDueDate");

        assertThat(engine.check(FULL_CONTRACT)).isEmpty();
        assertThat(engine.check(EMPTY_CONTRACT)).isEqualTo(first);
        assertThat(engine.check(EMPTY_CONTRACT)).isEqualTo(first);
    }

    @Test
    void callsAtTheSameTimeEachGetTheirOwnAnswer() throws Exception {
        List<Violation> refused = engine.check(EMPTY_CONTRACT);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Violation>>> answers = new ArrayList<>();
            for (int i = 0; i < 800; i++) {
                StageCompletion completion = i % 2 == 0 ? EMPTY_CONTRACT : FULL_CONTRACT;
                answers.add(threads.submit(() -> engine.check(completion)));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).as("call %d", i).isEqualTo(i % 2 == 0 ? refused : List.of());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}

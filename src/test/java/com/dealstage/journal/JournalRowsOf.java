package com.dealstage.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The journal of a deal as short lines ("deal-pipeline meeting COMPLETED REJECTED NO_BUDGET 1200000.00"). */
final class JournalRowsOf {

    private JournalRowsOf() {
    }

    static List<String> deal(StageJournal journal, String deal) {
        return journal.of(deal).stream().map(JournalRowsOf::line).toList();
    }

    static String line(StageVisit visit) {
        return Stream.of(visit.processKey(), visit.stage(), visit.leftAs() == null ? "open" : visit.leftAs(),
                visit.outcome(), visit.rejectionReason(), visit.amount() == null ? null : visit.amount().toPlainString())
                .filter(part -> part != null).collect(Collectors.joining(" "));
    }

    /** Every row names the deal, its company and manager; a stage is left before the next one is entered. */
    static void assertConsistent(List<StageVisit> visits, String deal, String manager) {
        assertThat(visits).allSatisfy(visit -> {
            assertThat(visit.dealId()).isEqualTo(deal);
            assertThat(visit.manager()).isEqualTo(manager);
            assertThat(visit.companyName()).startsWith("Journal ");
            if (visit.leftAt() != null) {
                assertThat(visit.leftAt()).isAfterOrEqualTo(visit.enteredAt());
            }
        });
        for (int i = 1; i < visits.size(); i++) {
            if (visits.get(i).processKey().equals(visits.get(i - 1).processKey())) {
                assertThat(visits.get(i).enteredAt()).isAfterOrEqualTo(visits.get(i - 1).leftAt());
            }
        }
    }
}

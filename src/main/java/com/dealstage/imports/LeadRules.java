package com.dealstage.imports;

import com.dealstage.rules.RuleEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Asks rules/distribution.drl who works a lead and rules/scoring.drl what it scores. The rule base in force at each
 * row is used, so an edited rule counts from the next row on, without a restart.
 */
@Component
class LeadRules {

    static final int MIN_SCORE = 0;
    static final int MAX_SCORE = 100;

    private final RuleEngine rules;

    LeadRules(RuleEngine rules) {
        this.rules = rules;
    }

    /** The first decision taken, or empty when no rule chose anyone (e.g. the team has no members). */
    Optional<Assignment> distribute(LeadToDistribute lead, Map<String, Integer> assignedSoFar, List<String> team) {
        List<Object> facts = new ArrayList<>();
        facts.add(lead);
        team.forEach(member -> facts.add(new Candidate(member, assignedSoFar.getOrDefault(member, 0))));
        return rules.decide(facts, Assignment.class).stream().findFirst();
    }

    /** The sum of the points every scoring rule gives, kept within 0..100. */
    int score(LeadToScore lead) {
        int points = rules.decide(List.of(lead), ScorePoints.class).stream().mapToInt(ScorePoints::points).sum();
        return Math.max(MIN_SCORE, Math.min(MAX_SCORE, points));
    }
}

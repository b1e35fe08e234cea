package com.dealstage.survey;

import com.dealstage.rules.RuleEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Asks rules/surveys.drl; the Java side only reads the decisions back and insists on one where one is needed. */
@Component
class SurveyRules {

    private final RuleEngine rules;

    SurveyRules(RuleEngine rules) {
        this.rules = rules;
    }

    SurveyDecision plan(Delivery delivery, Optional<PreviousSurvey> previous) {
        List<Object> facts = new ArrayList<>(List.of(delivery));
        previous.ifPresent(facts::add);
        List<SurveyDecision> decisions = rules.decide(facts, SurveyDecision.class);
        if (decisions.isEmpty()) {
            throw new IllegalStateException("rules/surveys.drl took no survey decision for " + delivery);
        }
        return decisions.get(0);
    }

    /** Exactly one group: an answer in two groups, or none, is a broken rule set and must not be recorded. */
    NpsCategory classify(int score) {
        List<NpsClassification> groups = rules.decide(List.of(new NpsAnswer(score)), NpsClassification.class);
        if (groups.size() != 1) {
            throw new IllegalStateException("rules/surveys.drl must put score " + score
                    + " into exactly one NPS group, but gave " + groups);
        }
        return groups.get(0).category();
    }

    /** The first follow-up in rule order, when several rules ask for one. */
    Optional<FollowUp> followUp(int score) {
        return rules.decide(List.of(new NpsAnswer(score)), FollowUp.class).stream().findFirst();
    }
}

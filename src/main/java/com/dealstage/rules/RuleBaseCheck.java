package com.dealstage.rules;

import java.util.List;

/**
 * A module's demand on the rule base, checked whenever rules/ (re)loads: a rule base that compiles but fails a
 * check is refused like one that does not compile (at startup the application stops; on a hot reload the previous
 * rules stay in force and /api/rules/status names the problem). Spring beans of this type are picked up.
 */
public interface RuleBaseCheck {

    /** What the candidate rule base lacks, one sentence each; empty when it may replace the rules in force. */
    List<String> problems(RuleBase candidate);
}

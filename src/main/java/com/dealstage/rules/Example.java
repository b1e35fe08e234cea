package com.dealstage.rules;

import org.kie.api.KieBase;

/** One example of an examples file: an input and what the rules must make of it. */
interface Example {

    /** The examples file, relative to the rules directory. */
    String file();

    int line();

    /** How a process owner recognises the example in a report. */
    String name();

    /** The rule the example is for, or null for an input that no rule may refuse. */
    String rule();

    /** What went wrong, in words, or null when the example holds. */
    String failure(KieBase kieBase);

}

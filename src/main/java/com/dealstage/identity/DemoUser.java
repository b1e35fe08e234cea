package com.dealstage.identity;

import java.util.List;

/** Demo users of the embedded run; the password of each is its user id (documented in README.md). */
record DemoUser(String id, String firstName, String lastName, String group) {

    static final List<DemoUser> ALL = List.of(
            new DemoUser("anna", "Anna", "Sokolova", Groups.SALES_MANAGERS),
            new DemoUser("boris", "Boris", "Petrov", Groups.SALES_MANAGERS),
            new DemoUser("helen", "Helen", "Volkova", Groups.SALES_HEADS),
            new DemoUser("quinn", "Quinn", "Orlova", Groups.QUALITY_CONTROL),
            new DemoUser("paul", "Paul", "Smirnov", Groups.PROCESS_OWNERS),
            new DemoUser("accounting", "Accounting", "(technical user)", Groups.ACCOUNTING));
}

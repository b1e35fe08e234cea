package com.dealstage.imports;

import java.util.List;
import java.util.Map;

/**
 * What a worker knows while it works one import: the columns, the team that distribution chooses among, the leads
 * given to each so far (round robin goes on from there), the users known to exist.
 */
record ImportContext(String importId, ListColumns columns, List<String> team, Map<String, Integer> assigned,
        Map<String, Boolean> knownUsers) {

    void assignedTo(String manager) {
        assigned.merge(manager, 1, Integer::sum);
    }
}

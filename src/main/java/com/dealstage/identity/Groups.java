package com.dealstage.identity;

import java.util.List;

/** The candidate groups named in the BPMN diagrams; other modules may rely on these ids. */
public final class Groups {

    public static final String SALES_MANAGERS = "sales-managers";
    public static final String SALES_HEADS = "sales-heads";
    public static final String QUALITY_CONTROL = "quality-control";
    public static final String PROCESS_OWNERS = "process-owners";
    /**
     * Technical users of accounting: they report payments (POST /api/payments) and do nothing else, on any API; the
     * group holds no Camunda authorizations.
     */
    public static final String ACCOUNTING = "accounting";
    static final String ACCOUNTING_REFUSAL = "The accounting user may only report payments (POST /api/payments).";
    /** Camunda's own administrators group: full rights, access to the Admin webapp. */
    public static final String ADMIN = "camunda-admin";

    static final List<String> BUSINESS = List.of(SALES_MANAGERS, SALES_HEADS, QUALITY_CONTROL, PROCESS_OWNERS);

    private Groups() {
    }

    /** A caller in group accounting and in no group that gives other rights. */
    static boolean onlyAccounting(List<String> groupIds) {
        return groupIds != null && groupIds.contains(ACCOUNTING) && !groupIds.contains(ADMIN)
                && groupIds.stream().noneMatch(BUSINESS::contains);
    }

    static String displayName(String groupId) {
        return switch (groupId) {
            case SALES_MANAGERS -> "Sales managers";
            case SALES_HEADS -> "Heads of sales";
            case QUALITY_CONTROL -> "Quality control";
            case PROCESS_OWNERS -> "Process owners";
            case ACCOUNTING -> "Accounting (technical users)";
            default -> "Administrators";
        };
    }
}

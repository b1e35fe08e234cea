package com.dealstage.funnel;

import java.util.List;

/**
 * Who reads the funnel: heads of sales and admins any team and manager; a sales manager his own figures only
 * (whom to learn from included); quality control and process owners nothing. Group ids as in identity.Groups.
 * @param ownManagerId the caller's id when he may see only himself; null when he sees everybody
 */
record FunnelViewer(String userId, String ownManagerId) {

    private static final List<String> SEE_ALL = List.of("sales-heads", "camunda-admin");

    static FunnelViewer of(String userId, List<String> groups) {
        List<String> memberOf = groups == null ? List.of() : groups;
        if (userId != null && memberOf.stream().anyMatch(SEE_ALL::contains)) {
            return new FunnelViewer(userId, null);
        }
        if (userId != null && memberOf.contains("sales-managers")) {
            return new FunnelViewer(userId, userId);
        }
        throw FunnelErrors.forbidden("The funnel is for heads of sales (every manager) and sales managers (their own"
                + " figures).");
    }

    boolean seesEverybody() {
        return ownManagerId == null;
    }

    /** The manager the answer is limited to: the requested one, or the caller himself when he sees only himself. */
    String manager(String requested) {
        if (seesEverybody()) {
            return requested;
        }
        if (requested != null && !requested.equals(ownManagerId)) {
            throw FunnelErrors.forbidden("A sales manager sees his own funnel only, not '" + requested + "'.");
        }
        return ownManagerId;
    }
}

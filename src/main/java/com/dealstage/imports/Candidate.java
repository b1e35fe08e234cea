package com.dealstage.imports;

/**
 * Fact for rules/distribution.drl: an active member of the distributing team.
 * @param assigned leads of this import assigned to him so far (round robin picks the fewest)
 */
public record Candidate(String userId, int assigned) {
}

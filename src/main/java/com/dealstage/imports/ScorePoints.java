package com.dealstage.imports;

/** Decision of rules/scoring.drl: points one rule gives a lead; the score is their sum, kept within 0..100. */
public record ScorePoints(int points, String rule) {
}

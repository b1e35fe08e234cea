package com.dealstage.rules;

/**
 * Decision: one requirement of a stage gate that the completion violates. {@code message} is
 * shown to the sales manager as is, so it names the field in words, not as a variable.
 */
public record Violation(String stage, String field, String message) {
}

package com.dealstage.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the rules name stages and fields, with file and line, for checking them against the deployed diagrams and
 * forms. Only {@code StageCompletion} and {@code StageEntry} patterns count; rules about other facts are not stages.
 */
record RuleReferences(List<StageReference> stages, List<RejectionCode> rejectionCodes) {

    static final RuleReferences NONE = new RuleReferences(List.of(), List.of());

    /** A completion rule, an entry rule, or an entry rule's {@code passed("x")} naming an earlier stage. */
    enum Kind { COMPLETION, ENTRY, PASSED }

    /** @param fields the fields a completion rule checks ({@code has("f")}, ...); empty for the other kinds */
    record StageReference(Kind kind, String stage, String file, int line, List<FieldReference> fields) {
    }

    record FieldReference(String field, int line) {
    }

    /**
     * A code a completion rule accepts as {@code rejectionReason}; {@code namedElsewhere}: another rule file names it
     * too (where its re-contact plan would be).
     */
    record RejectionCode(String code, String file, int line, boolean namedElsewhere) {
    }

    RuleReferences(List<StageReference> stages) {
        this(stages, List.of());
    }

    RuleReferences {
        stages = List.copyOf(stages);
        rejectionCodes = List.copyOf(rejectionCodes);
    }

    /** The stages that at least one completion rule names. */
    Set<String> completionStages() {
        Set<String> names = new TreeSet<>();
        stages.stream().filter(ref -> ref.kind() == Kind.COMPLETION).forEach(ref -> names.add(ref.stage()));
        return names;
    }
}

package uk.warden.inspect.detect;

import org.jspecify.annotations.Nullable;

/**
 * Why a detection was made and how its score came about. Holds names and numbers only, never the
 * matched text, so it can be logged and shown.
 *
 * @param detector the detector's name
 * @param rule the rule (pattern) that matched
 * @param baseScore the rule's score before validation and context
 * @param validation what the detector's own check said
 * @param contextWord the context word found before the candidate or in the column header, or null
 * @param boost how much the context word added
 */
public record Explanation(
    String detector,
    String rule,
    double baseScore,
    Validation validation,
    @Nullable String contextWord,
    double boost) {}

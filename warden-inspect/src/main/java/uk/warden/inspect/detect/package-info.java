/**
 * Personal-data detectors: the part of the disclosure guard that finds names, identifiers and
 * secrets in text.
 *
 * <p><b>Why one pass.</b> Running twenty regular expressions over a document costs twenty passes
 * and, for alternations, backtracking; a single alternation of eleven UK identifier patterns ran at
 * about 12 MB/s. {@link uk.warden.inspect.detect.TextScanner} instead walks the text once, cuts it
 * into words and, at the start of each word (and at each {@code @}), hands the position only to the
 * detectors whose identifiers can start with that kind of word ({@link
 * uk.warden.inspect.detect.Anchor}, {@link uk.warden.inspect.detect.WordFilter}). Each detector
 * then parses forward by hand and validates with a real check (Luhn, the NHS mod 11, the IBAN mod
 * 97, prefix tables, libphonenumber's metadata) instead of regex backtracking.
 *
 * <p><b>How a score is made</b> (after Presidio's decision process, with the fixes that
 * DETECTORS.md §6 asks for):
 *
 * <ol>
 *   <li>a detector reports a candidate with a {@link uk.warden.inspect.detect.DetectionRule} (its
 *       base score) and a {@link uk.warden.inspect.detect.Validation};
 *   <li>{@code REJECTED} drops it; {@code CONFIRMED} lifts the score to the rule's confirmed score;
 *   <li>a positive {@link uk.warden.inspect.detect.ContextWords context phrase} among the few words
 *       before the candidate, or in the column header, adds the boost, a tenth less for each word
 *       between phrase and candidate, and never leaves the score below 0.4;
 *   <li>a rule that requires context is dropped without it, and a negative context word ("example",
 *       "test", "order", "ref") drops a candidate that has no positive context;
 *   <li>overlapping detections are resolved: the higher score wins, then the longer span.
 * </ol>
 *
 * Every {@link uk.warden.inspect.detect.Detection} carries its {@link
 * uk.warden.inspect.detect.Explanation}; none carries or prints the matched text, and no class here
 * logs.
 *
 * <p><b>Plug-ins</b> implement {@link uk.warden.inspect.detect.Detector} and are found by {@link
 * uk.warden.inspect.detect.DetectorRegistry} with {@link java.util.ServiceLoader}; {@link
 * uk.warden.inspect.detect.Chars}, {@link uk.warden.inspect.detect.WordSet} and {@link
 * uk.warden.inspect.detect.WordIndex} help them parse by hand.
 */
@NullMarked
package uk.warden.inspect.detect;

import org.jspecify.annotations.NullMarked;

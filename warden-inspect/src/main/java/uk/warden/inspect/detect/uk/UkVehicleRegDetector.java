package uk.warden.inspect.detect.uk;

import java.util.Set;
import uk.warden.inspect.detect.Anchor;
import uk.warden.inspect.detect.CandidateSink;
import uk.warden.inspect.detect.Chars;
import uk.warden.inspect.detect.ContextWords;
import uk.warden.inspect.detect.DetectionRule;
import uk.warden.inspect.detect.Detector;
import uk.warden.inspect.detect.EntityType;
import uk.warden.inspect.detect.Validation;
import uk.warden.inspect.detect.WordFilter;

/**
 * GB vehicle registration marks in the current, prefix and suffix formats ({@link PlateFormat}).
 * Plates are written in capitals; a mark in small letters counts only with context ("vehicle",
 * "reg", "VRN"). Presidio's case-insensitive suffix pattern reports "Box 12 A" and "was 12 a"
 * (DETECTORS.md §6 point 3); here the suffix format needs capitals and no space before the year
 * letter, and the older formats score lower than the current one.
 */
public final class UkVehicleRegDetector implements Detector {

  static final DetectionRule CURRENT = DetectionRule.of("current-format", 0.6);
  static final DetectionRule PREFIX = DetectionRule.of("prefix-format", 0.3);
  static final DetectionRule SUFFIX = DetectionRule.of("suffix-format", 0.3);
  static final DetectionRule ANY_CASE = DetectionRule.of("small-letters", 0.3).requiringContext();

  @Override
  public EntityType type() {
    return EntityType.UK_VEHICLE_REG;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.UPPER, Anchor.LOWER);
  }

  @Override
  public WordFilter wordFilter() {
    // A digit in the first word, except the spaced suffix format: "ABC 123D".
    return WordFilter.lengths(2, 7)
        .with(WordFilter.Shape.HAS_DIGIT)
        .or(WordFilter.lengths(3).with(WordFilter.Shape.CAPITALS).followedBy(" "));
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of(
        "vehicle",
        "registration",
        "reg",
        "number plate",
        "vrn",
        "vrm",
        "dvla",
        "v5c",
        "logbook",
        "mot",
        "car",
        "van",
        "motorcycle");
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    int length = wordEnd - start;
    if (length > 7 || !digitNear(text, start)) {
      return;
    }
    boolean capitals = Chars.isUpper(text.charAt(start));
    int end;
    DetectionRule rule;
    if ((end = PlateFormat.current(text, start)) > 0) {
      rule = CURRENT;
    } else if ((end = PlateFormat.prefix(text, start)) > 0) {
      rule = PREFIX;
    } else if (capitals && (end = PlateFormat.suffix(text, start)) > 0) {
      rule = SUFFIX;
    } else {
      return;
    }
    if (capitals && allLettersCapital(text, start, end)) {
      sink.report(start, end, rule, Validation.NO_OPINION);
    } else {
      sink.report(start, end, ANY_CASE, Validation.NO_OPINION);
    }
  }

  private static boolean allLettersCapital(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Chars.isLower(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Every format has a digit in the second to fifth place; most words are rejected here. */
  private static boolean digitNear(CharSequence text, int start) {
    return Chars.digitAt(text, start + 1)
        || Chars.digitAt(text, start + 2)
        || Chars.digitAt(text, start + 3)
        || Chars.digitAt(text, start + 4);
  }
}

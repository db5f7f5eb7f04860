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
 * GB driving licence numbers (DVLA), 16 characters in capitals, optional single spaces between the
 * three parts, and an optional two-digit issue number, which Presidio misses (DETECTORS.md §6 point
 * 3):
 *
 * <pre>
 *   MORGA 7 53 11 6 SM 9 IJ  35
 *   │     │ │  │  │ │  │ │   └ issue number (optional)
 *   │     │ │  │  │ │  │ └ two computer check letters
 *   │     │ │  │  │ │  └ one digit (usually 9)
 *   │     │ │  │  │ └ first two initials, 9 where there is no second
 *   │     │ │  │  └ last digit of the birth year
 *   │     │ │  └ day of birth 01-31
 *   │     │ └ month of birth 01-12, plus 50 for women (51-62)
 *   │     └ decade digit of the birth year
 *   └ first five letters of the surname, padded with 9s
 * </pre>
 *
 * The DVLA's check characters are not published, so the month and day rules are the validation.
 */
public final class UkDrivingLicenceDetector implements Detector {

  static final DetectionRule DVLA = DetectionRule.of("dvla-16-character", 0.5).confirmedAt(0.8);

  @Override
  public EntityType type() {
    return EntityType.UK_DRIVING_LICENCE;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.UPPER);
  }

  @Override
  public WordFilter wordFilter() {
    return WordFilter.lengths(16, 18)
        .with(WordFilter.Shape.CAPITALS)
        .or(WordFilter.lengths(5, 11).with(WordFilter.Shape.CAPITALS).followedBy(" "));
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of(
        "driving licence",
        "driving license",
        "driver's licence",
        "drivers licence",
        "dvla",
        "dl number",
        "licence number",
        "licence no",
        "licence");
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    int length = wordEnd - start;
    if (length != 5 && length != 11 && length != 16 && length != 18) {
      return;
    }
    int i = surnameEnd(text, start);
    if (i < 0) {
      return;
    }
    i = skipSpace(text, i);
    int birth = i;
    if (Chars.digitsEnd(text, birth) != birth + 6) {
      return;
    }
    i = skipSpace(text, birth + 6);
    if (!Chars.upperAt(text, i)
        || !(Chars.upperAt(text, i + 1) || Chars.charAt(text, i + 1, '9'))
        || !Chars.digitAt(text, i + 2)
        || !Chars.upperAt(text, i + 3)
        || !Chars.upperAt(text, i + 4)) {
      return;
    }
    int end = withIssueNumber(text, i + 5);
    if (end < 0) {
      return;
    }
    Validation birthDate = isBirthDate(text, birth) ? Validation.CONFIRMED : Validation.REJECTED;
    sink.report(start, end, DVLA, birthDate);
  }

  /** The end of five characters of surname: capitals then 9s, at least one capital; or -1. */
  private static int surnameEnd(CharSequence text, int start) {
    boolean padding = false;
    for (int i = start; i < start + 5; i++) {
      char c = text.charAt(i);
      if (c == '9' && i > start) {
        padding = true;
      } else if (!Chars.isUpper(c) || padding) {
        return -1;
      }
    }
    return start + 5;
  }

  private static boolean isBirthDate(CharSequence text, int at) {
    int month = (text.charAt(at + 1) - '0') * 10 + (text.charAt(at + 2) - '0');
    int day = (text.charAt(at + 3) - '0') * 10 + (text.charAt(at + 4) - '0');
    boolean monthValid = (month >= 1 && month <= 12) || (month >= 51 && month <= 62);
    return monthValid && day >= 1 && day <= 31;
  }

  private static int skipSpace(CharSequence text, int at) {
    return Chars.charAt(text, at, ' ') ? at + 1 : at;
  }

  /** The end with the issue number (spaced or not) if one follows; -1 if the word runs on. */
  private static int withIssueNumber(CharSequence text, int end) {
    int at = skipSpace(text, end);
    int digitsEnd = Chars.digitsEnd(text, at);
    if (digitsEnd - at == 2 && Chars.boundaryAfter(text, digitsEnd)) {
      return digitsEnd;
    }
    return Chars.boundaryAfter(text, end) ? end : -1;
  }
}

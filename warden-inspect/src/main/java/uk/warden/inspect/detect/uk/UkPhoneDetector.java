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
 * UK telephone numbers in national form ("020 7946 0958", "(020) 7946 0958", "07700 900123") and
 * international form ("+44 20 7946 0958", "+44 (0)20 ...", "0044 ..."), validated by libphonenumber
 * for country code 44, which covers GB and the Crown Dependencies. The digits are collected by hand
 * and the number is built directly rather than parsed from text: libphonenumber's own parser and
 * matcher run regexes, and Presidio's use of region "UK" (unknown to libphonenumber) is why it
 * missed every national-format UK number (DETECTORS.md §6 point 1).
 */
public final class UkPhoneDetector implements Detector {

  static final DetectionRule NATIONAL =
      DetectionRule.of("gb-national-format", 0.4).confirmedAt(0.9);
  static final DetectionRule INTERNATIONAL =
      DetectionRule.of("gb-international-format", 0.4).confirmedAt(0.95);
  static final DetectionRule DRAMA = DetectionRule.of("ofcom-drama-range", 0.5);

  private final GbNumberValidity validity = new GbNumberValidity();

  @Override
  public EntityType type() {
    return EntityType.UK_PHONE;
  }

  @Override
  public Set<Anchor> anchors() {
    return Set.of(Anchor.DIGIT);
  }

  @Override
  public WordFilter wordFilter() {
    // National numbers start with 0 ("020 ...", "0044 ..."), international ones with "+44".
    return WordFilter.lengths(2, 11).with(WordFilter.Shape.ALL_DIGITS).startingWith("04");
  }

  @Override
  public ContextWords contextWords() {
    return ContextWords.of(
        "tel", "telephone", "phone", "mobile", "mob", "contact", "call", "fax", "landline");
  }

  @Override
  public void inspect(CharSequence text, int start, int wordEnd, CandidateSink sink) {
    char first = text.charAt(start);
    if (first == '4' && Chars.charAt(text, start + 1, '4') && Chars.charAt(text, start - 1, '+')) {
      international(text, start - 1, start + 2, sink);
    } else if (first == '0' && Chars.charAt(text, start + 1, '0')) {
      if (Chars.charAt(text, start + 2, '4') && Chars.charAt(text, start + 3, '4')) {
        international(text, start, start + 4, sink);
      }
    } else if (first == '0') {
      int spanStart = Chars.charAt(text, start - 1, '(') ? start - 1 : start;
      PhoneDigits digits = PhoneDigits.collect(text, start);
      if (digits != null && digits.count() >= 10 && digits.count() <= 11) {
        validate(spanStart, digits, NATIONAL, sink);
      }
    }
  }

  private void international(
      CharSequence text, int spanStart, int afterCountryCode, CandidateSink sink) {
    int i = afterCountryCode;
    if (Chars.charAt(text, i, ' ')) {
      i++;
    }
    if (Chars.charAt(text, i, '(')
        && Chars.charAt(text, i + 1, '0')
        && Chars.charAt(text, i + 2, ')')) {
      i += 3;
      if (Chars.charAt(text, i, ' ')) {
        i++;
      }
    }
    if (Chars.charAt(text, i, '0')) {
      i++; // "+44 07700 ..." is wrong but common: the trunk 0 does not belong after +44
    }
    if (!Chars.digitAt(text, i)) {
      return;
    }
    PhoneDigits digits = PhoneDigits.collect(text, i);
    if (digits != null && digits.count() >= 9 && digits.count() <= 10) {
      validate(spanStart, digits, INTERNATIONAL, sink);
    }
  }

  private void validate(int spanStart, PhoneDigits digits, DetectionRule rule, CandidateSink sink) {
    long national = digits.value();
    // National digits include the trunk 0, which is not part of the national significant number.
    int significant = rule == NATIONAL ? digits.count() - 1 : digits.count();
    if (validity.isValid(national, significant)) {
      sink.report(spanStart, digits.end(), rule, Validation.CONFIRMED);
    } else if (OfcomDramaNumbers.contains(national)) {
      sink.report(spanStart, digits.end(), DRAMA, Validation.NO_OPINION);
    } else {
      sink.report(spanStart, digits.end(), rule, Validation.REJECTED);
    }
  }
}

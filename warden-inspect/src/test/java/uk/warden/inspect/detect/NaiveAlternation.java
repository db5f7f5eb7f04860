package uk.warden.inspect.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naive baseline the detectors are measured against: one {@link java.util.regex} alternation of
 * the same identifier patterns, case-insensitive as Presidio's are by default, with no validation,
 * no context and no overlap resolution. It finds more (wrongly) and is slower; the benchmark
 * reports the scanner's speed as a ratio to this.
 */
public final class NaiveAlternation {

  /** One pattern per entity type, in the shape a regex-only recognizer would use. */
  static final String[] PATTERNS = {
    // EMAIL
    "[A-Z0-9._%+-]+@[A-Z0-9.-]+\\.[A-Z]{2,}",
    // UK_PHONE
    "(?:\\+44\\s?|0)(?:\\d\\s?){9,10}",
    // UK_POSTCODE
    "[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?\\s?\\d[ABD-HJLNP-UW-Z]{2}",
    // UK_NINO
    "[A-CEGHJ-PR-TW-Z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D]",
    // UK_NHS_NUMBER
    "\\d{3}[- ]?\\d{3}[- ]?\\d{4}",
    // UK_DRIVING_LICENCE
    "[A-Z9]{5}\\d{6}[A-Z9]{2}\\d[A-Z]{2}",
    // UK_PASSPORT
    "(?:[A-Z]{2}\\d{7}|\\d{9})",
    // UK_VEHICLE_REG (current, prefix, suffix)
    "(?:[A-Z]{2}\\d{2}\\s?[A-Z]{3}|[A-Z]\\d{1,3}\\s?[A-Z]{3}|[A-Z]{3}\\s?\\d{1,3}[A-Z])",
    // UK_SORT_CODE
    "\\d{2}-\\d{2}-\\d{2}",
    // UK_BANK_ACCOUNT
    "\\d{8}",
    // CARD_NUMBER
    "(?:\\d[ -]?){13,19}",
    // IBAN
    "[A-Z]{2}\\d{2}(?:\\s?[A-Z0-9]{4}){3,7}(?:\\s?[A-Z0-9]{1,3})?",
    // IP_ADDRESS (v4 and a loose v6)
    "(?:\\d{1,3}\\.){3}\\d{1,3}|(?:[0-9A-F]{1,4}:){2,7}[0-9A-F]{0,4}",
    // DATE_OF_BIRTH
    "\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}",
    // POLICE_RANK
    "(?:PC|DC|PS|DS|DI|DCI|Sgt|Insp|Supt|Sergeant|Inspector|Constable|Superintendent)",
    // PAY_NUMBER
    "[A-Z]{0,2}\\d{4,8}",
    // COLLAR_NUMBER
    "[A-Z]{2}\\s?\\d{1,4}",
    // SECRET
    "(?:password|passcode|pin|door code|access code|api key)\\s*[:=]?\\s*\\S+",
    // PERSON_NAME
    "(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s[A-Z][a-z]+"
  };

  private static final Pattern ALTERNATION =
      Pattern.compile("\\b(?:" + String.join("|", PATTERNS) + ")\\b", Pattern.CASE_INSENSITIVE);

  private NaiveAlternation() {}

  /** How many matches the alternation finds in {@code text}. */
  public static int count(CharSequence text) {
    Matcher matcher = ALTERNATION.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}

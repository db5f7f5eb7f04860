package uk.warden.bench.inspect;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.detect.EntityType;

/**
 * The naive baseline of the detector benchmark: what a competent engineer writes without a detector
 * framework, one {@link java.util.regex} alternation of a pattern per identifier the detectors
 * know, scanned with {@link Matcher#find()}. Shapes only: no checksum (NHS mod 11, Luhn, IBAN mod
 * 97), no postcode area list, no calendar or age check, no libphonenumber, no overlap resolution.
 * Identifiers that the detectors accept only with context (sort codes, bank accounts, passports,
 * pay and collar numbers, dates of birth, secrets) carry their keyword in the pattern, as anyone
 * writing them would, so that "\d{8}" does not match every eight-digit number; keywords are
 * case-insensitive, identifiers written in capitals are matched in capitals.
 */
public final class RegexBaseline {

  /**
   * A type's pattern: the alternatives that start at a word boundary (written without the {@code
   * \b}, which the alternation puts once in front of them all) and any that start with punctuation
   * ("+44", "-----BEGIN"), or null.
   */
  record Shape(String atWord, @Nullable String elsewhere) {}

  /** One pattern per type, in alternation order: keyword-led and longer shapes first. */
  static final Map<EntityType, Shape> PATTERNS = patterns();

  private static final List<EntityType> ORDER = List.copyOf(PATTERNS.keySet());

  /**
   * {@code \b(?:a|b|...)|x|y}: the boundary is tested once per position rather than once per
   * alternative, as anyone would write it; it roughly doubles the regex's speed.
   */
  private static final Pattern ALTERNATION = alternation(false);

  /**
   * The same alternation with each alternative in a named group, to say which type each match is.
   * Groups do not change what matches; they are kept out of the timed pattern all the same.
   */
  private static final Pattern LABELLED = alternation(true);

  private RegexBaseline() {}

  private static Map<EntityType, Shape> patterns() {
    // A LinkedHashMap keeps the alternation order written here.
    Map<EntityType, Shape> p = new LinkedHashMap<>();
    String gap = "\\s*:?\\s*";
    p.put(
        EntityType.SECRET,
        new Shape(
            "(?i:password|passwd|pwd|passcode|pin|door\\s+code|access\\s+code|api[_ -]?key|secret"
                + "|token)\\b(?:\\s+is\\s+|\\s*[:=]\\s*|\\s+(?=\\d))\\S+|AKIA[0-9A-Z]{16}\\b",
            "-----BEGIN [A-Z ]*PRIVATE KEY-----"));
    p.put(EntityType.EMAIL, word("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}\\b"));
    p.put(
        EntityType.DATE_OF_BIRTH,
        word(
            "(?i:d\\.?o\\.?b\\.?|date\\s+of\\s+birth|born(?:\\s+on)?)"
                + gap
                + "\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b"));
    p.put(
        EntityType.UK_PASSPORT,
        word("(?i:passport(?:\\s+(?:no\\.?|number))?)" + gap + "(?:\\d{9}|[A-Z]{2}\\d{7})\\b"));
    p.put(EntityType.UK_SORT_CODE, word("(?i:sort\\s?code)" + gap + "\\d{2}-\\d{2}-\\d{2}\\b"));
    p.put(
        EntityType.UK_BANK_ACCOUNT,
        word("(?i:account\\s+(?:number|no\\.?)|a/c(?:\\s+no\\.?)?)" + gap + "\\d{8}\\b"));
    p.put(
        EntityType.PAY_NUMBER,
        word(
            "(?i:(?:pay(?:roll)?|staff|service|employee|personnel)\\s+(?:number|no\\.?|id))"
                + gap
                + "[A-Z]{0,2}\\d{4,8}\\b"));
    p.put(
        EntityType.COLLAR_NUMBER,
        word(
            "(?i:(?:collar|shoulder|warrant)\\s+(?:number|no\\.?))"
                + gap
                + "(?:[A-Z]{2}\\s?)?\\d{1,5}\\b|(?:PC|PCSO|PS|Sgt)\\s?\\d{1,5}\\b"));
    p.put(
        EntityType.PERSON_NAME,
        word(
            "(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\\.?\\s+(?:[A-Z][a-z]+\\s+|[A-Z]\\.\\s*)?"
                + "[A-Z][a-z'-]+"));
    p.put(
        EntityType.POLICE_RANK,
        word(
            "(?:Chief\\s+Constable|Chief\\s+Superintendent|Chief\\s+Inspector"
                + "|Detective\\s+Constable|Superintendent|Inspector|Sergeant|Constable|Commander"
                + "|PCSO|PC|PS|DC|DS|DI|DCI|DSU|Sgt|Insp|Supt)\\b"));
    p.put(
        EntityType.CARD_NUMBER,
        word("(?:\\d{4}[\\s-]?){3}\\d{1,7}\\b|3[47]\\d{2}[\\s-]?\\d{6}[\\s-]?\\d{5}\\b"));
    p.put(EntityType.IBAN, word("[A-Z]{2}\\d{2}(?:\\s?[A-Z0-9]{4}){3,7}(?:\\s?[A-Z0-9]{1,3})?\\b"));
    p.put(EntityType.UK_NHS_NUMBER, word("\\d{3}[\\s-]?\\d{3}[\\s-]?\\d{4}\\b"));
    p.put(
        EntityType.UK_PHONE,
        new Shape(
            "0\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}\\b",
            "\\+44\\s?(?:\\(0\\)\\s?)?\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}\\b"));
    p.put(
        EntityType.UK_DRIVING_LICENCE,
        word("[A-Z9]{5}\\d[0156]\\d[0-3]\\d\\d[A-Z9]{2}\\d[A-Z]{2}(?:\\s?\\d{2})?\\b"));
    p.put(
        EntityType.UK_NINO,
        word("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D]\\b"));
    p.put(
        EntityType.UK_POSTCODE,
        word(
            "(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-HJKPSTUW\\d]?\\s?\\d[ABD-HJLNP-UW-Z]{2}|GIR\\s?0AA)\\b"));
    p.put(
        EntityType.UK_VEHICLE_REG,
        word(
            "(?:[A-Z]{2}\\d{2}\\s?[A-Z]{3}|[A-Z]\\d{1,3}\\s?[A-Z]{3}|[A-Z]{3}\\s?\\d{1,3}[A-Z])\\b"));
    p.put(
        EntityType.IP_ADDRESS,
        word("(?:\\d{1,3}\\.){3}\\d{1,3}\\b|(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}\\b"));
    if (p.size() != EntityType.values().length) {
      throw new IllegalStateException("the baseline needs one pattern per entity type");
    }
    return Collections.unmodifiableMap(p);
  }

  private static Shape word(String atWord) {
    return new Shape(atWord, null);
  }

  private static Pattern alternation(boolean labelled) {
    StringJoiner atWord = new StringJoiner("|", "\\b(?:", ")");
    StringJoiner all = new StringJoiner("|");
    int t = 0;
    for (Shape shape : PATTERNS.values()) {
      atWord.add(group(labelled, "t" + t + "w", shape.atWord()));
      t++;
    }
    all.add(atWord.toString());
    t = 0;
    for (Shape shape : PATTERNS.values()) {
      if (shape.elsewhere() != null) {
        all.add(group(labelled, "t" + t + "e", shape.elsewhere()));
      }
      t++;
    }
    return Pattern.compile(all.toString());
  }

  private static String group(boolean labelled, String name, String pattern) {
    return (labelled ? "(?<" + name + ">" : "(?:") + pattern + ")";
  }

  /** How many matches in the pieces: the timed loop. */
  public static long count(List<String> pieces) {
    Matcher matcher = ALTERNATION.matcher("");
    long count = 0;
    for (String piece : pieces) {
      matcher.reset(piece);
      while (matcher.find()) {
        count++;
      }
    }
    return count;
  }

  /** Matches per type, from the labelled copy of the alternation. */
  public static Map<EntityType, Long> countByType(List<String> pieces) {
    Map<EntityType, Long> counts = new EnumMap<>(EntityType.class);
    Matcher matcher = LABELLED.matcher("");
    for (String piece : pieces) {
      matcher.reset(piece);
      while (matcher.find()) {
        counts.merge(ORDER.get(type(matcher)), 1L, Long::sum);
      }
    }
    return counts;
  }

  private static int type(Matcher matcher) {
    for (int t = 0; t < ORDER.size(); t++) {
      if (matcher.start("t" + t + "w") >= 0
          || (PATTERNS.get(ORDER.get(t)).elsewhere() != null
              && matcher.start("t" + t + "e") >= 0)) {
        return t;
      }
    }
    throw new IllegalStateException("a match of no alternative");
  }
}

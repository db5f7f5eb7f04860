package uk.warden.inspect.detect;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs a set of detectors over text in one pass and returns what they found, in text order, with
 * overlaps resolved. Thread-safe: the state of a scan lives in the scan.
 *
 * <p>This is the hot loop, so it explains itself. The pass reads each character once, through a
 * 128-entry class table, and cuts the text into words (letters, digits, underscore). While reading
 * a word it also notes which classes of character it holds (digits only, some digits, capitals,
 * hex) and packs a short word into a long ({@link PackedWords}). At the end of each word it offers
 * the word to the detectors subscribed to the word's {@link Anchor} (digit, capital, lower case)
 * whose {@link WordFilter} accepts its length, characters and neighbours, so most detectors are
 * never called for most words; at every {@code @} it offers the position to the {@link
 * Anchor#AT_SIGN} detectors. A look-up of the word ({@link WordTable}: for a packed word one bit of
 * a small filter, and a probe only if that is set) gives the detectors that listed it and those
 * with a context phrase ending in it, so that a candidate with no such word among the few words
 * before it is settled without walking back over the text ({@link ScanRun}). A detector may match
 * across several words ("QQ 12 34 56 C"); the words inside are still offered to the others, and
 * overlap resolution keeps the best.
 */
public final class TextScanner {

  static final int DIGIT = 1;
  static final int UPPER = 2;
  static final int LOWER = 4;
  static final int UNDERSCORE = 8;
  static final int OTHER_WORD = 16;
  static final int NOT_HEX = 32;
  private static final byte[] CLASS = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      int kind =
          Chars.isDigit(c)
              ? DIGIT
              : Chars.isUpper(c) ? UPPER : Chars.isLower(c) ? LOWER : c == '_' ? UNDERSCORE : 0;
      boolean hex = Chars.isDigit(c) || (Chars.toLower(c) >= 'a' && Chars.toLower(c) <= 'f');
      CLASS[c] = (byte) (kind == 0 || hex ? kind : kind | NOT_HEX);
    }
  }

  private final Detector[] detectors;
  private final ScanRun.Plan plan;
  private final Header noHeader;
  private final Subscribers at;

  /** The subscribers to a word by the class of its first character: DIGIT, UPPER or LOWER. */
  private final @Nullable Subscribers[] byFirstClass = new Subscribers[LOWER + 1];

  TextScanner(List<Detector> detectors, Map<EntityType, ContextWords> contextOverrides) {
    this.detectors = detectors.toArray(Detector[]::new);
    String[] names = new String[this.detectors.length];
    ContextWords[] contexts = new ContextWords[this.detectors.length];
    int words = 1;
    for (int i = 0; i < this.detectors.length; i++) {
      Detector detector = this.detectors[i];
      names[i] = detector.name();
      contexts[i] = contextOverrides.getOrDefault(detector.type(), detector.contextWords());
      words = Math.max(words, contexts[i].wordsNeeded());
    }
    this.plan = new ScanRun.Plan(this.detectors, names, contexts, words);
    this.noHeader = new Header(this, "");
    this.at = Subscribers.of(this.detectors, contexts, Anchor.AT_SIGN);
    this.byFirstClass[DIGIT] = Subscribers.of(this.detectors, contexts, Anchor.DIGIT);
    this.byFirstClass[UPPER] = Subscribers.of(this.detectors, contexts, Anchor.UPPER);
    this.byFirstClass[LOWER] = Subscribers.of(this.detectors, contexts, Anchor.LOWER);
  }

  /** A scanner over exactly these detectors, with their own context words. */
  public static TextScanner of(List<? extends Detector> detectors) {
    return new TextScanner(List.copyOf(detectors), Map.of());
  }

  public List<Detector> detectors() {
    return List.of(detectors);
  }

  public List<Detection> scan(CharSequence text) {
    return scan(text, noHeader);
  }

  /**
   * A column header made ready for scanning the column's cells with {@link #scan(CharSequence,
   * Header)}: which detectors have a context phrase in it is then worked out once per column rather
   * than once per cell.
   */
  public Header header(CharSequence columnHeader) {
    return columnHeader.length() == 0 ? noHeader : new Header(this, columnHeader.toString());
  }

  /**
   * Scans a value whose column header is known: positive context words in the header count as
   * context for every candidate, so a bare "943 476 5919" under "NHS number" is reported at full
   * confidence. This is the hook the table classifier uses.
   */
  public List<Detection> scan(CharSequence text, CharSequence columnHeader) {
    return scan(text, header(columnHeader));
  }

  /** {@link #scan(CharSequence, CharSequence)} with a header prepared by {@link #header}. */
  public List<Detection> scan(CharSequence text, Header columnHeader) {
    if (columnHeader.scanner != this) {
      throw new IllegalArgumentException("the header was prepared by another scanner");
    }
    ScanRun run = new ScanRun(text, columnHeader, plan);
    int n = text.length();
    int ordinal = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int kind = c < 128 ? CLASS[c] : Character.isLetterOrDigit(c) ? OTHER_WORD | NOT_HEX : 0;
      if (kind == 0) {
        if (c == '@' && at.count > 0) {
          run.anchorAt(i, true, ordinal);
          long passing = at.passing(text, i, i + 1, c, 0, i + 1 < n ? text.charAt(i + 1) : -1);
          at.offer(run, passing, text, i, i + 1, 0);
        }
        i++;
        continue;
      }
      int start = i;
      char first = c;
      int mask = kind;
      long packed = PackedWords.pack(0, c);
      int next = -1;
      i++;
      while (i < n) {
        c = text.charAt(i);
        int k = c < 128 ? CLASS[c] : Character.isLetterOrDigit(c) ? OTHER_WORD | NOT_HEX : 0;
        if (k == 0) {
          next = c;
          break;
        }
        mask |= k;
        packed = PackedWords.pack(packed, c);
        i++;
      }
      ordinal++;
      Subscribers subscribers = byFirstClass[kind & (DIGIT | UPPER | LOWER)];
      if (subscribers == null) {
        run.contextWordSeen(ordinal, -1L); // a word that starts with "_" or a non-ASCII letter
        continue;
      }
      int length = i - start;
      int entry =
          (mask & OTHER_WORD) == 0 && length <= PackedWords.MAX_LENGTH
              ? subscribers.words.findPacked(PackedWords.folded(packed, length))
              : subscribers.words.find(text, start, i);
      long passing = subscribers.passing(text, start, i, first, mask, next);
      long triggers = 0;
      if (entry >= 0) {
        passing |= subscribers.words.clauses(entry);
        triggers = subscribers.words.triggers(entry);
      }
      if (passing != 0 || subscribers.overflows()) {
        run.anchorAt(start, false, ordinal);
        subscribers.offer(run, passing, text, start, i, mask);
      }
      // Words split differently for context ("pay_number" is two): such a word may be any.
      if ((mask & (UNDERSCORE | OTHER_WORD)) != 0) {
        triggers = -1L;
      }
      if (triggers != 0) {
        run.contextWordSeen(ordinal, triggers);
      }
    }
    return Overlaps.resolve(run.found());
  }

  /**
   * A column header and, per detector, the context phrase it holds (worked out on first need). May
   * be shared between threads: the entries are immutable, so a race only repeats the work.
   */
  public static final class Header {

    /** Marks a detector whose phrases the header was checked for and does not hold. */
    private static final ContextWords.Found ABSENT = new ContextWords.Found("", -1);

    private final TextScanner scanner;
    private final String text;
    private final ContextWords.@Nullable Found[] found;

    private Header(TextScanner scanner, String text) {
      this.scanner = scanner;
      this.text = text;
      this.found = new ContextWords.Found[scanner.detectors.length];
    }

    boolean present() {
      return !text.isEmpty();
    }

    /** The phrase of {@code context} (detector {@code detector}'s words) in the header, or null. */
    ContextWords.@Nullable Found context(int detector, ContextWords context) {
      ContextWords.Found known = found[detector];
      if (known == null) {
        String phrase = context.positiveInHeader(text);
        known = phrase == null ? ABSENT : new ContextWords.Found(phrase, 0);
        found[detector] = known;
      }
      return known == ABSENT ? null : known;
    }
  }

  /** Whether a word of this class mask has the shape. */
  static boolean hasShape(WordFilter.Shape shape, int mask) {
    return switch (shape) {
      case ANY -> true;
      case HAS_DIGIT -> (mask & DIGIT) != 0;
      case ALL_DIGITS -> mask == DIGIT;
      case CAPITALS -> (mask & LOWER) == 0;
      case HEX -> (mask & (NOT_HEX | UNDERSCORE)) == 0;
    };
  }
}

package uk.warden.inspect.detect.generic;

import org.jspecify.annotations.Nullable;
import uk.warden.inspect.detect.Chars;
import uk.warden.inspect.detect.DetectionRule;

/**
 * API keys and tokens without a keyword: vendors' documented prefixes (AWS access key ids, GitHub,
 * GitLab, Slack and Stripe tokens, Google API keys) and otherwise any long run of key characters
 * that mixes capitals, small letters and digits with high Shannon entropy. Hex-only runs (hashes,
 * commit ids, UUIDs) never mix cases, so they are not reported.
 */
final class KeyLikeToken {

  static final DetectionRule VENDOR_PREFIX = DetectionRule.of("vendor-token-prefix", 0.9);
  static final DetectionRule HIGH_ENTROPY = DetectionRule.of("high-entropy-token", 0.5);

  static final int MIN_LENGTH = 20;

  /** A word this long may be a key by itself; shorter words only if a joiner follows. */
  static final int LONG_WORD = 10;

  /** The characters that join words into one key ("xoxb-...", base64's "/", "+" and "="). */
  static final String JOINERS = "-+/=";

  private static final int MAX_LENGTH = 256;
  private static final double MIN_ENTROPY_BITS = 3.7;
  private static final String[] VENDOR_PREFIXES = {
    "AKIA",
    "ASIA",
    "ghp_",
    "gho_",
    "ghu_",
    "ghs_",
    "ghr_",
    "github_pat_",
    "glpat-",
    "xoxb-",
    "xoxp-",
    "xoxa-",
    "xoxr-",
    "sk_live_",
    "rk_live_",
    "AIza"
  };

  /** A key-like run and the rule it matched. */
  record Match(int end, DetectionRule rule) {}

  private KeyLikeToken() {}

  /** The key-like run of characters that the word at {@code word} begins, or null. */
  static @Nullable Match at(CharSequence text, int word) {
    int start = runStart(text, word);
    if (start < 0) {
      return null;
    }
    // One pass finds the run's end and counts what looksRandom asks for; the trailing "=" and "-"
    // trimmed below are neither letters nor digits, so they change no count.
    int end = start;
    int n = Math.min(text.length(), start + MAX_LENGTH + 1);
    int upper = 0;
    int lower = 0;
    int digits = 0;
    int switches = 0;
    boolean previousDigit = Chars.isDigit(text.charAt(start));
    while (end < n) {
      char c = text.charAt(end);
      if (!isKeyChar(c)) {
        break;
      }
      boolean digit = Chars.isDigit(c);
      upper += Chars.isUpper(c) ? 1 : 0;
      lower += Chars.isLower(c) ? 1 : 0;
      digits += digit ? 1 : 0;
      if (digit != previousDigit && (digit || Chars.isLetter(c))) {
        switches++;
      }
      previousDigit = digit;
      end++;
    }
    while (end > start && (text.charAt(end - 1) == '=' || text.charAt(end - 1) == '-')) {
      end--; // base64 padding and a trailing dash are not part of the secret
    }
    int length = end - start;
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      return null;
    }
    if (hasVendorPrefix(text, start)) {
      return new Match(end, VENDOR_PREFIX);
    }
    return looksRandom(text, start, end, upper, lower, digits, switches)
        ? new Match(end, HIGH_ENTROPY)
        : null;
  }

  /**
   * The start of the run that the word at {@code word} begins, taking in joiners just before it
   * ("/api..."); -1 if a word comes earlier in the run. The scanner offers the first word of a long
   * enough run ({@link SecretDetector#wordFilter}); a later word, offered as a keyword, leaves the
   * run to it.
   */
  private static int runStart(CharSequence text, int word) {
    int start = word;
    while (start > 0 && isJoiner(text.charAt(start - 1))) {
      start--;
    }
    return start > 0 && Chars.isWordChar(text.charAt(start - 1)) ? -1 : start;
  }

  static boolean isJoiner(char c) {
    return c == '-' || c == '+' || c == '/' || c == '=';
  }

  private static boolean isKeyChar(char c) {
    return c < 128 && KEY_CHARS[c];
  }

  private static final boolean[] KEY_CHARS = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      KEY_CHARS[c] = Chars.isLetterOrDigit(c) || "_-+/=".indexOf(c) >= 0;
    }
  }

  private static boolean hasVendorPrefix(CharSequence text, int start) {
    char first = text.charAt(start);
    if (first != 'A' && first != 'g' && first != 'x' && first != 's' && first != 'r') {
      return false;
    }
    for (String prefix : VENDOR_PREFIXES) {
      if (start + prefix.length() <= text.length() && regionIs(text, start, prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionIs(CharSequence text, int start, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (text.charAt(start + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Capitals, small letters and at least two digits, switching between letters and digits at least
   * three times (counted by {@link #at} as it reads the run), and at least {@value
   * #MIN_ENTROPY_BITS} bits of entropy per character: true of random keys, false of identifiers
   * such as "HttpServletRequest2xx" and of words in URLs.
   */
  private static boolean looksRandom(
      CharSequence text, int start, int end, int upper, int lower, int digits, int switches) {
    if (upper < 2 || lower < 2 || digits < 2 || switches < 3) {
      return false; // most runs (paths, hex ids, dates) stop here, before the entropy
    }
    int[] counts = new int[128];
    for (int i = start; i < end; i++) {
      counts[text.charAt(i) & 127]++;
    }
    return entropy(counts, end - start) >= MIN_ENTROPY_BITS;
  }

  private static double entropy(int[] counts, int length) {
    double bits = 0.0;
    for (int count : counts) {
      if (count > 0) {
        double p = (double) count / length;
        bits -= p * (Math.log(p) / Math.log(2));
      }
    }
    return bits;
  }
}

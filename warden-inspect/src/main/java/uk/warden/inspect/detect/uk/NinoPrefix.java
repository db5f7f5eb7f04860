package uk.warden.inspect.detect.uk;

/**
 * The prefix rules for National Insurance numbers (HMRC National Insurance Manual NIM39110): D, F,
 * I, Q, U and V are never used as either letter, O is never the second letter, and the prefixes BG,
 * GB, NK, KN, NT, TN and ZZ are not allocated. QQ is HMRC's specimen prefix ("QQ 12 34 56 C" on its
 * forms): it breaks the letter rule on purpose so that it can never be a real number.
 */
final class NinoPrefix {

  enum Verdict {
    ALLOCATABLE,
    SPECIMEN,
    NOT_ALLOCATED
  }

  private static final String EXCLUDED_LETTERS = "DFIQUV";
  private static final String[] NOT_ALLOCATED = {"BG", "GB", "NK", "KN", "NT", "TN", "ZZ"};

  private NinoPrefix() {}

  /** Judges a prefix given in capitals. */
  static Verdict of(char first, char second) {
    if (first == 'Q' && second == 'Q') {
      return Verdict.SPECIMEN;
    }
    if (EXCLUDED_LETTERS.indexOf(first) >= 0
        || EXCLUDED_LETTERS.indexOf(second) >= 0
        || second == 'O') {
      return Verdict.NOT_ALLOCATED;
    }
    for (String prefix : NOT_ALLOCATED) {
      if (prefix.charAt(0) == first && prefix.charAt(1) == second) {
        return Verdict.NOT_ALLOCATED;
      }
    }
    return Verdict.ALLOCATABLE;
  }
}

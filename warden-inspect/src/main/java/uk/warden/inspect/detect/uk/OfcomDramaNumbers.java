package uk.warden.inspect.detect.uk;

/**
 * Ofcom's ranges reserved for TV and radio drama that libphonenumber does not accept as valid
 * numbers: 07700 900000-900999 (mobile) and 01632 960000-960999 (geographic). Other drama ranges
 * (020 7946 0xxx, 0113 496 0xxx ...) sit inside real number blocks, so libphonenumber accepts them
 * anyway. Synthetic data and training material use these numbers, so they are still reported, at a
 * lower score and with the reason in the explanation.
 */
final class OfcomDramaNumbers {

  private OfcomDramaNumbers() {}

  /** Whether a national significant number (no leading 0) is in a drama-only range. */
  static boolean contains(long nationalNumber) {
    return (nationalNumber >= 7_700_900_000L && nationalNumber <= 7_700_900_999L)
        || (nationalNumber >= 1_632_960_000L && nationalNumber <= 1_632_960_999L);
  }
}

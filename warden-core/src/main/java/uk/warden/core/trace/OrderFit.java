package uk.warden.core.trace;

/**
 * How well a leak's row order follows a candidate extract's keyed order: Kendall's concordance (the
 * share of row pairs in the same relative order, 0.5 for a shuffle) and how unlikely that agreement
 * is by chance. A partial leak keeps the relative order of what it kept, so it still fits; a
 * shuffled or re-sorted leak fits no extract, and then order is no evidence at all.
 *
 * @param lnChance ln P(an order at least this concordant | rows in random order)
 */
record OrderFit(int rows, double concordance, double lnChance) {

  /** Below this many rows, order can say nothing worth weighing. */
  static final int MIN_ROWS = 3;

  /** Order counts only when chance would give it less often than this. */
  private static final double SIGNIFICANT = Math.log(1e-5);

  /** Whether an agreement with {@code lnChance} (corrected for the tries) is evidence. */
  static boolean beatsChance(double lnChance) {
    return lnChance < SIGNIFICANT;
  }

  /** {@code positions}: each leaked row's place in the candidate's keyed order, in leak order. */
  static OrderFit of(long[] positions) {
    int n = positions.length;
    long pairs = (long) n * (n - 1) / 2;
    long inversions = inversions(positions.clone(), new long[n], 0, n);
    double concordance = pairs == 0 ? 0.5 : 1 - (double) inversions / pairs;
    return new OrderFit(n, concordance, lnChance(n, pairs, inversions));
  }

  private static double lnChance(int n, long pairs, long inversions) {
    if (n < MIN_ROWS) {
      return 0;
    }
    if (inversions == 0) {
      // Exactly one order of n rows has no inversion.
      return -LogMath.lnFactorial(n);
    }
    // Kendall's S is close to normal under a random order, variance n(n-1)(2n+5)/18.
    double s = pairs - 2.0 * inversions;
    double z = s / Math.sqrt(n * (n - 1.0) * (2.0 * n + 5) / 18);
    return LogMath.lnUpperTail(z);
  }

  /** Merge sort of {@code values[from, to)} that counts the pairs it had to swap. */
  private static long inversions(long[] values, long[] buffer, int from, int to) {
    if (to - from < 2) {
      return 0;
    }
    int middle = (from + to) >>> 1;
    long count = inversions(values, buffer, from, middle) + inversions(values, buffer, middle, to);
    int left = from;
    int right = middle;
    int out = from;
    while (left < middle && right < to) {
      if (values[left] <= values[right]) {
        buffer[out++] = values[left++];
      } else {
        count += middle - left;
        buffer[out++] = values[right++];
      }
    }
    while (left < middle) {
      buffer[out++] = values[left++];
    }
    while (right < to) {
      buffer[out++] = values[right++];
    }
    System.arraycopy(buffer, from, values, from, to - from);
    return count;
  }
}

package uk.warden.core.findings;

import java.util.Arrays;

/**
 * Where a value stands among its peers, by statistics that a few extreme values cannot drag: the
 * median, the median absolute deviation (MAD), and the robust z-score {@code (x - median) / (1.4826
 * × MAD)}, which for normally distributed peers reads like an ordinary z-score. The scale never
 * falls below one record, so when most peers read the same number (MAD zero) a small difference
 * does not become an infinite score.
 */
record PeerSpread(double median, double mad, long values) {

  static final double CONSISTENCY = 1.4826;

  /** Sorts {@code values} in place. */
  static PeerSpread of(long[] values, int count) {
    if (count == 0) {
      return new PeerSpread(0, 0, 0);
    }
    Arrays.sort(values, 0, count);
    double median = median(values, count);
    long[] deviations = new long[count];
    for (int i = 0; i < count; i++) {
      // Twice the deviation keeps half-record medians exact in whole numbers.
      deviations[i] = Math.abs(2 * values[i] - Math.round(2 * median));
    }
    Arrays.sort(deviations);
    double mad = median(deviations, count) / 2;
    return new PeerSpread(median, mad, count);
  }

  double scale() {
    return Math.max(CONSISTENCY * mad, 1.0);
  }

  double robustZ(long value) {
    return (value - median) / scale();
  }

  /** How many times the median the value is; the value itself over a median of zero. */
  double ratio(long value) {
    return median > 0 ? value / median : value;
  }

  private static double median(long[] sorted, int count) {
    int mid = count / 2;
    return count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
  }
}

package uk.warden.synth;

import java.util.Arrays;

/**
 * Turns relative transfer sizes into whole sizes that add up to an exact membership total, each at
 * least one person and none above the population its party serves.
 */
final class MembershipSizes {

  private static final int ROUNDS = 20;

  private MembershipSizes() {}

  /**
   * @param weights relative sizes
   * @param caps the largest size each transfer can have
   * @param total what the sizes must add up to
   */
  static long[] exact(double[] weights, long[] caps, long total) {
    int count = weights.length;
    long room = Arrays.stream(caps).sum();
    if (total < count || total > room) {
      throw new IllegalArgumentException(
          total + " memberships cannot fill " + count + " transfers with room for " + room);
    }
    long[] size = new long[count];
    // Capped transfers leave memberships over, so the scale is raised until the total fits.
    double scale = total / Arrays.stream(weights).sum();
    for (int round = 0; round < ROUNDS; round++) {
      long sum = 0;
      for (int t = 0; t < count; t++) {
        size[t] = Math.max(1, Math.min(caps[t], Math.round(weights[t] * scale)));
        sum += size[t];
      }
      if (sum == total) {
        return size;
      }
      scale *= (double) total / sum;
    }
    // Rounding leaves a small remainder: spread it one membership at a time.
    long sum = Arrays.stream(size).sum();
    for (int t = 0; sum != total; t = (t + 1) % count) {
      if (sum < total && size[t] < caps[t]) {
        size[t]++;
        sum++;
      } else if (sum > total && size[t] > 1) {
        size[t]--;
        sum--;
      }
    }
    return size;
  }
}
